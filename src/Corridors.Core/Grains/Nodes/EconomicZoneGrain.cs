using Corridors.Core.Model;
using Corridors.Core.Shipments;
using Corridors.Core.World;
using Corridors.Kernel.Distributions;
using Corridors.Kernel.Grains;

namespace Corridors.Core.Grains.Nodes;

/// <summary>A special economic zone: creates shipments from demand and absorbs deliveries, which may dwell for processing first.</summary>
internal sealed class EconomicZoneGrain(GrainActivation activation, ReplicationContext context, int index)
    : NodeGrain(activation, context, index)
{
    protected override Distribution? DwellHours => ((EconomicZoneSpec)Spec).ProcessingDwellHours;

    protected override int StationFor(Stages stage, in Shipment shipment) => -1;
}
