using Corridors.Core.Grains.Links;
using Corridors.Core.Grains.Nodes;
using Corridors.Core.Model;
using Corridors.Kernel.Grains;

namespace Corridors.Core.World;

/// <summary>Grain identities and activation factories for the facilities of a model.</summary>
internal static class GrainFactory
{
    /// <summary>Gets the grain id of a node: its kind and its id (<c>port/aktau</c>).</summary>
    public static GrainId NodeId(NodeSpec node) => new(TypeName(node.Kind), node.Id);

    /// <summary>Gets the grain id of a link (<c>link/aktau-baku-ferry</c>).</summary>
    public static GrainId LinkId(LinkSpec link) => new("link", link.Id);

    /// <summary>Gets the factory that activates node <paramref name="index"/>.</summary>
    public static Func<GrainActivation, Grain> Node(ReplicationContext context, int index) =>
        context.Scenario.Model.Nodes[index].Kind switch
        {
            NodeKind.Port => a => new PortGrain(a, context, index),
            NodeKind.Hub => a => new HubGrain(a, context, index),
            NodeKind.EconomicZone => a => new EconomicZoneGrain(a, context, index),
            NodeKind.BorderTradeCenter => a => new BorderTradeCenterGrain(a, context, index),
            NodeKind.BorderCrossing => a => new BorderCrossingGrain(a, context, index),
            _ => a => new CityGrain(a, context, index),
        };

    /// <summary>Gets the factory that activates link <paramref name="index"/>.</summary>
    public static Func<GrainActivation, Grain> Link(ReplicationContext context, int index) =>
        context.Scenario.Model.Links[index].Carrier is null
            ? a => new SoloLinkGrain(a, context, index)
            : a => new CarrierLinkGrain(a, context, index);

    private static string TypeName(NodeKind kind) => kind switch
    {
        NodeKind.Port => "port",
        NodeKind.EconomicZone => "economic-zone",
        NodeKind.BorderTradeCenter => "border-trade-center",
        NodeKind.BorderCrossing => "border-crossing",
        NodeKind.Hub => "hub",
        _ => "city",
    };
}
