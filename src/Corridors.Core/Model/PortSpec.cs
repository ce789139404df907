namespace Corridors.Core.Model;

/// <summary>A sea or river port. Every shipment that arrives or leaves by water, changes mode, starts or ends here is handled at a berth.</summary>
public sealed record PortSpec : NodeSpec
{
    /// <summary>Gets the berths: parallel servers with a handling time or rate.</summary>
    public required ServiceSpec Berths { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Port;
}
