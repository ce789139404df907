using Corridors.Core.Model;
using Corridors.Core.Shipments;
using Corridors.Core.World;
using Corridors.Kernel.Grains;

namespace Corridors.Core.Grains.Nodes;

/// <summary>A market: creates and absorbs shipments; shipments pass through without handling.</summary>
internal sealed class CityGrain(GrainActivation activation, ReplicationContext context, int index)
    : NodeGrain(activation, context, index)
{
    protected override int StationFor(Stages stage, in Shipment shipment) => -1;
}
