namespace Corridors.Core.Model;

/// <summary>
/// A border crossing: every shipment is cleared in one of the lanes of its arrival mode; a rail
/// shipment whose next link has another gauge (1520 mm ↔ 1435 mm) also waits for the gauge change.
/// </summary>
public sealed record BorderCrossingSpec : NodeSpec
{
    /// <summary>Gets the clearance stage of each mode that crosses here: lanes and clearance time.</summary>
    public required IReadOnlyDictionary<TransportMode, ServiceSpec> Clearance { get; init; }

    /// <summary>Gets the gauge-change stage (bogie exchange or transshipment), or null when no gauge change is possible here.</summary>
    public ServiceSpec? GaugeChange { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.BorderCrossing;
}
