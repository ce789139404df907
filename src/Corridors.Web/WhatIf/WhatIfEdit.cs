namespace Corridors.Web.WhatIf;

/// <summary>
/// One change a planner asks for, as the page sends it (JSON). Which fields count depends on <see cref="Kind"/>:
/// <list type="bullet">
/// <item><c>servers</c>: <see cref="Node"/>, <see cref="Stage"/>, <see cref="Servers"/> — servers of one service stage;</item>
/// <item><c>capacity</c>: <see cref="Node"/>, <see cref="Factor"/>, <see cref="From"/> — a node's capacity × factor from a date;</item>
/// <item><c>close</c>: <see cref="Target"/> (node or link), <see cref="From"/>, <see cref="To"/> — closed between two dates, both included;</item>
/// <item><c>scale-flow</c>: <see cref="Flow"/>, <see cref="Factor"/>; <c>scale-all</c>: <see cref="Factor"/> on every flow;</item>
/// <item><c>sailing</c>: <see cref="Link"/>, <see cref="EveryHours"/> — the timetable interval of a link's carrier;</item>
/// <item><c>add-link</c>: <see cref="FromNode"/>, <see cref="ToNode"/>, <see cref="Mode"/>, <see cref="SpeedKmh"/> — a new two-way link, distance derived.</item>
/// </list>
/// </summary>
public sealed record WhatIfEdit
{
    /// <summary>Gets what kind of change: servers, capacity, close, scale-flow, scale-all, sailing or add-link.</summary>
    public string? Kind { get; init; }

    /// <summary>Gets the node id (servers, capacity).</summary>
    public string? Node { get; init; }

    /// <summary>Gets the service stage: berths, handling, customs, gauge_change, clearance.rail or clearance.road.</summary>
    public string? Stage { get; init; }

    /// <summary>Gets the number of servers, 1 … 10,000.</summary>
    public int? Servers { get; init; }

    /// <summary>Gets the node or link id to close.</summary>
    public string? Target { get; init; }

    /// <summary>Gets the first day, yyyy-mm-dd.</summary>
    public string? From { get; init; }

    /// <summary>Gets the last day, yyyy-mm-dd.</summary>
    public string? To { get; init; }

    /// <summary>Gets the flow id (scale-flow).</summary>
    public string? Flow { get; init; }

    /// <summary>Gets the factor, greater than 0 and at most 100.</summary>
    public double? Factor { get; init; }

    /// <summary>Gets the link id (sailing).</summary>
    public string? Link { get; init; }

    /// <summary>Gets the hours between departures, greater than 0 and at most 8,760.</summary>
    public double? EveryHours { get; init; }

    /// <summary>Gets the first end of a new link.</summary>
    public string? FromNode { get; init; }

    /// <summary>Gets the other end of a new link.</summary>
    public string? ToNode { get; init; }

    /// <summary>Gets the mode of a new link: sea, rail, road, river or air.</summary>
    public string? Mode { get; init; }

    /// <summary>Gets the speed of a new link in km/h, greater than 0 and at most 1,000.</summary>
    public double? SpeedKmh { get; init; }
}
