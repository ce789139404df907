namespace Corridors.Core.Analysis;

/// <summary>A corridor, node or link whose backlog grew over the measured period by more than the steady-state rule allows.</summary>
/// <param name="Scope"><c>corridor</c>, <c>node</c> or <c>link</c>.</param>
/// <param name="Id">Its id (a corridor as <c>origin->destination:commodity</c>).</param>
/// <param name="Share">The growth as a share of what entered it in the measured period, over replications (for a corridor: its undelivered share).</param>
/// <param name="GrowthTonnes">The mean growth in tonnes over replications: tonnes there at the horizon minus at the end of the warm-up.</param>
/// <param name="Utilization">A node's mean utilization (busy ÷ available server-hours); NaN for corridors, links and nodes without servers.</param>
public sealed record GrowingBacklog(string Scope, string Id, MetricSummary Share, double GrowthTonnes, double Utilization);
