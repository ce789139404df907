namespace Corridors.Core.Model;

/// <summary>
/// Decides which stages a shipment passes at a node, from the node and the links it arrives and
/// leaves by. The simulation and the router both use this, so a route's expected delay counts the
/// same stages a simulated shipment waits for.
/// </summary>
public static class StagePlanner
{
    /// <summary>
    /// Returns the stages at <paramref name="node"/> for a shipment arriving on <paramref name="inbound"/>
    /// (null at its origin) and leaving on <paramref name="outbound"/> (null at its destination).
    /// </summary>
    public static Stages For(NodeSpec node, LinkSpec? inbound, LinkSpec? outbound)
    {
        ArgumentNullException.ThrowIfNull(node);
        var endpoint = inbound is null || outbound is null;
        var modeChange = inbound is not null && outbound is not null && inbound.Mode != outbound.Mode;
        var gaugeChange = inbound is { Mode: TransportMode.Rail, GaugeMm: { } a } && outbound is { Mode: TransportMode.Rail, GaugeMm: { } b } && a != b;
        return node switch
        {
            // Ships are loaded and unloaded at berths; land-to-land through a port needs no berth.
            PortSpec => IsWater(inbound) || IsWater(outbound) || modeChange || endpoint ? Stages.Handling : Stages.None,
            HubSpec => modeChange || gaugeChange || endpoint ? Stages.Handling : Stages.None,
            BorderCrossingSpec c => Stages.Clearance | (gaugeChange && c.GaugeChange is not null ? Stages.GaugeChange : Stages.None),
            BorderTradeCenterSpec t => (t.Consolidation is null || outbound is null ? Stages.None : Stages.Consolidation)
                | Stages.Clearance | (t.DwellHours is null ? Stages.None : Stages.Dwell),
            EconomicZoneSpec z => outbound is null && z.ProcessingDwellHours is not null ? Stages.Dwell : Stages.None,
            _ => Stages.None,
        };
    }

    /// <summary>Gets whether a shipment may leave <paramref name="node"/> on <paramref name="outbound"/> after arriving on <paramref name="inbound"/>.</summary>
    /// <remarks>Mode changes need a node that can transship; gauge changes need a hub or a crossing with a gauge-change stage.</remarks>
    public static bool CanContinue(NodeSpec node, LinkSpec inbound, LinkSpec outbound)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(outbound);
        if (inbound.Mode != outbound.Mode)
        {
            return NodeModes.CanTransship(node.Kind);
        }

        var gaugeChange = inbound.Mode == TransportMode.Rail && inbound.GaugeMm is { } a && outbound.GaugeMm is { } b && a != b;
        return !gaugeChange || node is HubSpec || node is BorderCrossingSpec { GaugeChange: not null };
    }

    private static bool IsWater(LinkSpec? link) => link is { Mode: TransportMode.Sea or TransportMode.River };
}
