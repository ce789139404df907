using Corridors.Kernel.Distributions;

namespace Corridors.Core.Model;

/// <summary>A special economic zone: origin and destination of flows; deliveries may dwell for processing.</summary>
public sealed record EconomicZoneSpec : NodeSpec
{
    /// <summary>Gets the processing dwell in hours of a shipment delivered here, or null for none (no queue: every shipment dwells at once).</summary>
    public Distribution? ProcessingDwellHours { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EconomicZone;
}
