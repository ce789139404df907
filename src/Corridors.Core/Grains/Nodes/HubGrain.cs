using Corridors.Core.Model;
using Corridors.Core.Shipments;
using Corridors.Core.World;
using Corridors.Kernel.Grains;

namespace Corridors.Core.Grains.Nodes;

/// <summary>A dry port or logistics center: handles shipments that change mode or gauge, start or end here.</summary>
internal sealed class HubGrain : NodeGrain
{
    public HubGrain(GrainActivation activation, ReplicationContext context, int index)
        : base(activation, context, index) => UseStation(((HubSpec)Spec).Handling, "handling");

    protected override int StationFor(Stages stage, in Shipment shipment) => stage == Stages.Handling ? 0 : -1;
}
