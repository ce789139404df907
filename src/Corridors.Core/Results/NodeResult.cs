using Corridors.Core.Model;

namespace Corridors.Core.Results;

/// <summary>One node's figures in one replication, measured after the warm-up. Times in hours; NaN where undefined.</summary>
public sealed record NodeResult
{
    /// <summary>Gets the node id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the node kind.</summary>
    public required NodeKind Kind { get; init; }

    /// <summary>Gets shipments that arrived or were created here.</summary>
    public required long Arrivals { get; init; }

    /// <summary>Gets shipments that left or were delivered here.</summary>
    public required long Departures { get; init; }

    /// <summary>Gets tonnes that left or were delivered here.</summary>
    public required double TonnesOut { get; init; }

    /// <summary>Gets the time-average number of shipments at the node (L).</summary>
    public required double MeanPresent { get; init; }

    /// <summary>Gets the time-average number of shipments waiting: queued at stations (each shipment of a lot counts) or blocked at the gate.</summary>
    public required double MeanWaiting { get; init; }

    /// <summary>Gets the time-average number of shipments blocked at the gate.</summary>
    public double MeanBlocked { get; init; }

    /// <summary>Gets the time-average number of shipments in service (each shipment of a lot counts).</summary>
    public required double MeanInService { get; init; }

    /// <summary>Gets busy server-hours ÷ available server-hours over all stations (NaN without stations); a capacity factor sets how many are available.</summary>
    public required double Utilization { get; init; }

    /// <summary>Gets the mean time a visit spent blocked or queued.</summary>
    public required double MeanWaitHours { get; init; }

    /// <summary>Gets the longest time a visit spent blocked or queued.</summary>
    public required double MaxWaitHours { get; init; }

    /// <summary>Gets the mean time from arrival to departure (W).</summary>
    public required double MeanSojournHours { get; init; }

    /// <summary>Gets the mean queueing time at the first station (Wq of the M/M/c model), NaN without stations.</summary>
    public required double MeanStationWaitHours { get; init; }

    /// <summary>Gets the time-average queue length at the first station (Lq), NaN without stations.</summary>
    public required double MeanStationQueue { get; init; }

    /// <summary>Gets hours the node was closed.</summary>
    public required double HoursClosed { get; init; }

    /// <summary>Gets visits that were blocked at the gate because storage was full.</summary>
    public required long BlockedShipments { get; init; }

    /// <summary>Gets the total hours visits spent blocked.</summary>
    public required double BlockedHours { get; init; }
}
