using Corridors.Core.Model;
using Corridors.Core.Shipments;
using Corridors.Core.World;
using Corridors.Kernel.Actors;

namespace Corridors.Core.Actors.Nodes;

/// <summary>A port: its berths handle the shipments that load or unload here (an M/M/c station when times are exponential).</summary>
internal sealed class PortActor : NodeActor
{
    public PortActor(ActorActivation activation, ReplicationContext context, int index)
        : base(activation, context, index) => UseStation(((PortSpec)Spec).Berths, "berths");

    protected override int StationFor(Stages stage, in Shipment shipment) => stage == Stages.Handling ? 0 : -1;
}
