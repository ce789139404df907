namespace Corridors.Core.Analysis;

/// <summary>
/// A place where goods wait — a node or a link — with the stage they wait for and how much waiting it
/// causes. Places are ranked by <see cref="TonnesWaiting"/>: a long wait of a few tonnes and a short
/// wait of a great many both count, each by its weight (docs/outputs.md, "Bottlenecks").
/// </summary>
public sealed record Bottleneck
{
    /// <summary>Gets <c>node</c> or <c>link</c>.</summary>
    public required string Scope { get; init; }

    /// <summary>Gets the node or link id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets what the place is: the node kind as scenarios write it (<c>border-crossing</c>) or the link's mode (<c>sea</c>).</summary>
    public required string Kind { get; init; }

    /// <summary>Gets what goods wait for there, as a code: <c>berth</c>, <c>handling</c>, <c>clearance</c>, <c>crossing</c>, <c>storage-full</c>, <c>departure</c> or <c>reopening</c>.</summary>
    public required string Stage { get; init; }

    /// <summary>Gets the same in words: <c>waiting for a berth</c>, <c>waiting for a ferry sailing</c>.</summary>
    public required string What { get; init; }

    /// <summary>
    /// Gets the tonnes waiting there on average: per replication, mean wait (h) × tonnes per year ÷ 8,760 h
    /// (tonne-hours of waiting per hour), over replications with its interval.
    /// </summary>
    public required MetricSummary TonnesWaiting { get; init; }

    /// <summary>Gets the mean hours the place was closed in the measured time (0 when never).</summary>
    public double HoursClosed { get; init; }

    /// <summary>Gets the ids of the disruptions that can close the place (closures, seasonal closures and storms with capacity factor 0), in scenario order.</summary>
    public IReadOnlyList<string> ClosedBy { get; init; } = [];
}
