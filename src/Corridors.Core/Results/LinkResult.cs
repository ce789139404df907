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

    /// <summary>Gets the time-average number of shipments on the link (L): waiting for a departure or travelling.</summary>
    public required double MeanPresent { get; init; }

    /// <summary>Gets the time-average number of shipments waiting for a departure (or for a closed road to open).</summary>
    public double MeanWaiting { get; init; }

    /// <summary>Gets the time-average number of shipments travelling.</summary>
    public double MeanTravelling { get; init; }

    /// <summary>Gets the mean time a shipment spent on the link, waiting and travelling (W).</summary>
    public double MeanSojournHours { get; init; } = double.NaN;

    /// <summary>Gets hours the link was closed.</summary>
    public required double HoursClosed { get; init; }
}
