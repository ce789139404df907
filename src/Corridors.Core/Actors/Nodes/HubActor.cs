using Corridors.Core.Model;
using Corridors.Core.Shipments;
using Corridors.Core.World;
using Corridors.Kernel.Actors;

namespace Corridors.Core.Actors.Nodes;

/// <summary>A dry port or logistics center: handles shipments that change mode or gauge, start or end here.</summary>
internal sealed class HubActor : NodeActor
{
    public HubActor(ActorActivation activation, ReplicationContext context, int index)
        : base(activation, context, index) => UseStation(((HubSpec)Spec).Handling, "handling");

    protected override int StationFor(Stages stage, in Shipment shipment) => stage == Stages.Handling ? 0 : -1;
}
