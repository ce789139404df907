using Corridors.Core.Model;
using Corridors.Core.Shipments;
using Corridors.Core.World;
using Corridors.Kernel.Distributions;
using Corridors.Kernel.Actors;

namespace Corridors.Core.Actors.Nodes;

/// <summary>A special economic zone: creates shipments from demand and absorbs deliveries, which may dwell for processing first.</summary>
internal sealed class EconomicZoneActor(ActorActivation activation, ReplicationContext context, int index)
    : NodeActor(activation, context, index)
{
    protected override Distribution? DwellHours => ((EconomicZoneSpec)Spec).ProcessingDwellHours;

    protected override int StationFor(Stages stage, in Shipment shipment) => -1;
}
