using Corridors.Core.Model;
using Corridors.Core.Shipments;
using Corridors.Core.World;
using Corridors.Kernel.Actors;

namespace Corridors.Core.Actors.Nodes;

/// <summary>A market: creates and absorbs shipments; shipments pass through without handling.</summary>
internal sealed class CityActor(ActorActivation activation, ReplicationContext context, int index)
    : NodeActor(activation, context, index)
{
    protected override int StationFor(Stages stage, in Shipment shipment) => -1;
}
