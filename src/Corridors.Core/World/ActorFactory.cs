using Corridors.Core.Actors.Links;
using Corridors.Core.Actors.Nodes;
using Corridors.Core.Model;
using Corridors.Kernel.Actors;

namespace Corridors.Core.World;

/// <summary>Actor identities and activation factories for the facilities of a model.</summary>
internal static class ActorFactory
{
    /// <summary>Gets the actor id of a node: its kind and its id (<c>port/aktau</c>).</summary>
    public static ActorId NodeId(NodeSpec node) => new(TypeName(node.Kind), node.Id);

    /// <summary>Gets the actor id of a link (<c>link/aktau-baku-ferry</c>).</summary>
    public static ActorId LinkId(LinkSpec link) => new("link", link.Id);

    /// <summary>Gets the factory that activates node <paramref name="index"/>.</summary>
    public static Func<ActorActivation, Actor> Node(ReplicationContext context, int index) =>
        context.Scenario.Model.Nodes[index].Kind switch
        {
            NodeKind.Port => a => new PortActor(a, context, index),
            NodeKind.Hub => a => new HubActor(a, context, index),
            NodeKind.EconomicZone => a => new EconomicZoneActor(a, context, index),
            NodeKind.BorderTradeCenter => a => new BorderTradeCenterActor(a, context, index),
            NodeKind.BorderCrossing => a => new BorderCrossingActor(a, context, index),
            _ => a => new CityActor(a, context, index),
        };

    /// <summary>Gets the factory that activates link <paramref name="index"/>.</summary>
    public static Func<ActorActivation, Actor> Link(ReplicationContext context, int index) =>
        context.Scenario.Model.Links[index].Carrier is null
            ? a => new SoloLinkActor(a, context, index)
            : a => new CarrierLinkActor(a, context, index);

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
