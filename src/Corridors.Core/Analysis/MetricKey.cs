namespace Corridors.Core.Analysis;

/// <summary>
/// Names one figure a replication reports: what it is about (<see cref="Scope"/> and <see cref="Id"/>)
/// and what is measured. Written <c>scope/id/measure</c>: <c>corridor/aktau->baku:actor/tonnes_per_year</c>.
/// </summary>
/// <param name="Scope"><c>corridor</c>, <c>node</c>, <c>link</c> or <c>system</c>.</param>
/// <param name="Id">The corridor (<c>origin->destination:commodity</c>), node or link id; <c>all</c> for the system.</param>
/// <param name="Measure">The measure, snake_case with its unit (<c>transit_mean_h</c>, <c>utilization</c>).</param>
public sealed record MetricKey(string Scope, string Id, string Measure)
{
    /// <summary>Formats as <c>scope/id/measure</c>.</summary>
    public override string ToString() => $"{Scope}/{Id}/{Measure}";
}
