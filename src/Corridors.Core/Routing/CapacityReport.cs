namespace Corridors.Core.Routing;

/// <summary>The most a corridor can carry per year and the capacities that bind it (a minimum cut).</summary>
/// <param name="From">Ids of the nodes goods leave from.</param>
/// <param name="To">Ids of the nodes goods go to.</param>
/// <param name="MaxTonnesPerYear">The maximum flow in t/yr (&gt; 0, finite).</param>
/// <param name="Cut">The binding capacities, links first, each in model order; their capacities sum to the maximum.</param>
public sealed record CapacityReport(IReadOnlyList<string> From, IReadOnlyList<string> To, double MaxTonnesPerYear, IReadOnlyList<CapacityLimit> Cut)
{
    /// <summary>Gets the ids of the links in the cut.</summary>
    public IReadOnlyList<string> CutLinks => [.. Cut.Where(c => c.Kind == CapacityLimitKind.Link).Select(c => c.Id)];

    /// <summary>Gets the ids of the nodes in the cut.</summary>
    public IReadOnlyList<string> CutNodes => [.. Cut.Where(c => c.Kind == CapacityLimitKind.Node).Select(c => c.Id)];
}
