using Corridors.Core.Model;

namespace Corridors.Core.Results;

/// <summary>One link's figures in one replication, measured after the warm-up. Times in hours; NaN where undefined.</summary>
public sealed record LinkResult
{
    /// <summary>Gets the link id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the mode.</summary>
    public required TransportMode Mode { get; init; }

    /// <summary>Gets shipments that entered.</summary>
    public required long Shipments { get; init; }

    /// <summary>Gets departures (carrier departures, or single trips without a carrier).</summary>
    public required long Departures { get; init; }

    /// <summary>Gets timetabled departures that did not run.</summary>
    public required long CancelledDepartures { get; init; }

    /// <summary>Gets the mean load ÷ nominal capacity of carrier departures (NaN without a carrier).</summary>
    public required double MeanLoadFactor { get; init; }

    /// <summary>Gets tonnes moved.</summary>
    public required double Tonnes { get; init; }

    /// <summary>Gets tonne-km moved.</summary>
    public required double TonneKm { get; init; }

    /// <summary>Gets the mean wait for a departure.</summary>
    public required double MeanWaitHours { get; init; }

    /// <summary>Gets the mean travel time of a departure.</summary>
    public required double MeanTravelHours { get; init; }

    /// <summary>Gets the time-average number of shipments on the link.</summary>
    public required double MeanPresent { get; init; }

    /// <summary>Gets hours the link was closed.</summary>
    public required double HoursClosed { get; init; }
}
