namespace Corridors.Core.Model;

/// <summary>Which link modes a node of each kind serves unless the scenario says otherwise.</summary>
public static class NodeModes
{
    /// <summary>Gets the default modes of <paramref name="kind"/>.</summary>
    public static IReadOnlyList<TransportMode> Default(NodeKind kind) => kind switch
    {
        NodeKind.Port => [TransportMode.Sea, TransportMode.River, TransportMode.Rail, TransportMode.Road],
        NodeKind.Hub => [TransportMode.Rail, TransportMode.Road, TransportMode.River, TransportMode.Air],
        NodeKind.City => [TransportMode.Rail, TransportMode.Road, TransportMode.River, TransportMode.Air],
        NodeKind.EconomicZone => [TransportMode.Rail, TransportMode.Road],
        NodeKind.BorderTradeCenter => [TransportMode.Rail, TransportMode.Road],
        NodeKind.BorderCrossing => [TransportMode.Rail, TransportMode.Road],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown node kind"),
    };

    /// <summary>Gets whether goods may change mode at a node of <paramref name="kind"/>.</summary>
    public static bool CanTransship(NodeKind kind) =>
        kind is NodeKind.Port or NodeKind.Hub or NodeKind.BorderCrossing or NodeKind.BorderTradeCenter;
}
