namespace Corridors.Report.Data;

/// <summary>A corridor, node or link of summary.json with its figures by measure.</summary>
/// <param name="Id">The id.</param>
/// <param name="Figures">The figures by measure name.</param>
internal sealed record Entity(string Id, IReadOnlyDictionary<string, Figure> Figures)
{
    /// <summary>Gets the figure <paramref name="measure"/>, or <see cref="Figure.None"/>.</summary>
    public Figure this[string measure] => Figures.TryGetValue(measure, out var f) ? f : Figure.None;
}
