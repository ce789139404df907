namespace Corridors.Core.Model;

/// <summary>A dry port or logistics center: handles shipments that change mode or gauge, start or end here.</summary>
public sealed record HubSpec : NodeSpec
{
    /// <summary>Gets the handling stage (cranes, ramps).</summary>
    public required ServiceSpec Handling { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Hub;
}
