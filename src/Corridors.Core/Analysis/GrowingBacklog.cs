namespace Corridors.Core.Analysis;

/// <summary>A corridor, node or link whose backlog grew over the measured period by more than the steady-state rule allows.</summary>
/// <param name="Scope"><c>corridor</c>, <c>node</c> or <c>link</c>.</param>
/// <param name="Id">Its id (a corridor as <c>origin->destination:commodity</c>).</param>
/// <param name="Share">The growth as a share of what entered it in the measured period, over replications (for a corridor: its undelivered share).</param>
/// <param name="GrowthTonnes">The mean growth in tonnes over replications: tonnes there at the horizon minus at the end of the warm-up.</param>
/// <param name="Busy">How close to its capacity it worked: a node's mean utilization (busy ÷ available server-hours), a carrier link's mean load factor; NaN for corridors, links without carriers and nodes without servers.</param>
public sealed record GrowingBacklog(string Scope, string Id, MetricSummary Share, double GrowthTonnes, double Busy);
