namespace Corridors.Core.Analysis;

/// <summary>
/// Whether the experiment reached a steady state: whether its backlog stayed level over the measured period
/// or kept growing, so that waits and transit times depend on the horizon rather than settle
/// (the rule is in <see cref="SteadyStateCheck"/> and docs/outputs.md, "Steady state").
/// </summary>
public sealed record SteadyState
{
    /// <summary>Gets whether no corridor's and not the system's backlog grew materially and significantly.</summary>
    public required bool Holds { get; init; }

    /// <summary>Gets the share of the measured period's inflow above which growth matters (0.01: one tonne in a hundred).</summary>
    public required double Threshold { get; init; }

    /// <summary>Gets the system's undelivered share over replications: 1 − delivered ÷ generated tonnes after the warm-up.</summary>
    public required MetricSummary UndeliveredShare { get; init; }

    /// <summary>Gets the number of replications whose system undelivered share exceeded <see cref="Threshold"/>.</summary>
    public required int ReplicationsOverThreshold { get; init; }

    /// <summary>Gets the corridors whose backlog grows, most tonnes first.</summary>
    public required IReadOnlyList<GrowingBacklog> Corridors { get; init; }

    /// <summary>Gets the nodes and links where the backlog grows, most tonnes first.</summary>
    public required IReadOnlyList<GrowingBacklog> Places { get; init; }

    /// <summary>
    /// Gets whether a node where the backlog grew by more than the threshold on average (significant or not) was busy, or a carrier link full, at least
    /// <see cref="SteadyStateCheck.Saturation"/> of the time: then demand exceeds capacity there. Otherwise the growth
    /// may also come from a warm-up too short for the queues to fill (one that starts empty inside a closed season).
    /// </summary>
    public required bool AtCapacity { get; init; }

    /// <summary>Gets the figures that keep changing with the horizon (waits, queues and transit times of the growing corridors and places).</summary>
    public required IReadOnlyList<MetricKey> UnsettledFigures { get; init; }

    /// <summary>Gets why the steady state does not hold, one sentence each; empty when it holds.</summary>
    public required IReadOnlyList<string> Reasons { get; init; }
}
