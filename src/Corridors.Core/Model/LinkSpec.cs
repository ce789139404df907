using Corridors.Kernel.Distributions;

namespace Corridors.Core.Model;

/// <summary>A directed connection between two nodes by one mode.</summary>
public sealed record LinkSpec
{
    /// <summary>Gets the unique id (shared namespace with nodes): <c>aktau-baku-ferry</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the id of the node the link leaves.</summary>
    public required string From { get; init; }

    /// <summary>Gets the id of the node the link reaches.</summary>
    public required string To { get; init; }

    /// <summary>Gets the mode.</summary>
    public required TransportMode Mode { get; init; }

    /// <summary>Gets the length in km (≥ 0).</summary>
    public required double DistanceKm { get; init; }

    /// <summary>Gets the commercial speed in km/h (&gt; 0).</summary>
    public required double SpeedKmh { get; init; }

    /// <summary>Gets the travel time in hours; null means the constant DistanceKm / SpeedKmh.</summary>
    public Distribution? TravelTimeHours { get; init; }

    /// <summary>Gets the carrier (ferry, vessel, train), or null when each shipment travels alone (trucks).</summary>
    public CarrierSpec? Carrier { get; init; }

    /// <summary>Gets the tariff.</summary>
    public LinkCost Cost { get; init; } = LinkCost.Free;

    /// <summary>Gets the emissions in kg CO2 per tonne-km (≥ 0).</summary>
    public double Co2KgPerTonneKm { get; init; }

    /// <summary>Gets the annual capacity in tonnes (&gt; 0), or null when unconstrained.</summary>
    public double? CapacityTonnesPerYear { get; init; }

    /// <summary>Gets the annual capacity in TEU (&gt; 0), or null when unconstrained.</summary>
    public double? CapacityTeuPerYear { get; init; }

    /// <summary>Gets the rail gauge in mm (1520 or 1435), or null for other modes or when it does not matter.</summary>
    public int? GaugeMm { get; init; }

    /// <summary>Gets whether the link is open at the start of the run.</summary>
    public bool Open { get; init; } = true;

    /// <summary>Gets the expected travel time in hours.</summary>
    public double MeanTravelHours => TravelTimeHours?.Mean ?? (DistanceKm / SpeedKmh);
}
