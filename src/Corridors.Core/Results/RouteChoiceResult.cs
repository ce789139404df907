namespace Corridors.Core.Results;

/// <summary>What dynamic route choice did in one replication, after the warm-up (ADR 0008).</summary>
public sealed record RouteChoiceResult
{
    /// <summary>Gets the shipments per corridor and named route, corridors in report order, routes in first-seen order.</summary>
    public required IReadOnlyList<RouteCount> Routes { get; init; }

    /// <summary>Gets the reroutes at each port and hub, in model order.</summary>
    public required IReadOnlyList<NodeReroutes> Reroutes { get; init; }
}
