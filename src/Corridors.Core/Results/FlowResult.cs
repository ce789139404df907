using Corridors.Core.World;

namespace Corridors.Core.Results;

/// <summary>One corridor's deliveries in one replication, after the warm-up.</summary>
public sealed record FlowResult
{
    /// <summary>Gets the corridor.</summary>
    public required FlowKey Key { get; init; }

    /// <summary>Gets shipments delivered.</summary>
    public required long Shipments { get; init; }

    /// <summary>Gets tonnes delivered.</summary>
    public required double Tonnes { get; init; }

    /// <summary>Gets TEU delivered.</summary>
    public required double Teu { get; init; }

    /// <summary>Gets tonnes delivered per year of measured time.</summary>
    public required double TonnesPerYear { get; init; }

    /// <summary>Gets TEU delivered per year of measured time.</summary>
    public required double TeuPerYear { get; init; }

    /// <summary>Gets the mean transit time, creation to delivery, in hours.</summary>
    public required double TransitMeanHours { get; init; }

    /// <summary>Gets the median transit time in hours (within 0.5 %).</summary>
    public required double TransitP50Hours { get; init; }

    /// <summary>Gets the 95th-percentile transit time in hours (within 0.5 %).</summary>
    public required double TransitP95Hours { get; init; }

    /// <summary>Gets the tonne-weighted mean tariff in USD per tonne.</summary>
    public required double UsdPerTonne { get; init; }

    /// <summary>Gets the tonne-weighted mean emissions in kg CO2 per tonne.</summary>
    public required double Co2KgPerTonne { get; init; }
}
