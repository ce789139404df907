using Corridors.Core.Actors.Stations;
using Corridors.Core.Model;
using Corridors.Core.Shipments;
using Corridors.Core.World;
using Corridors.Kernel.Distributions;
using Corridors.Kernel.Actors;

namespace Corridors.Core.Actors.Nodes;

/// <summary>A border trade center: consolidates shipments per next leg, clears each lot in a customs lane, then lets it dwell.</summary>
internal sealed class BorderTradeCenterActor : NodeActor
{
    private readonly Consolidator? _consolidator;

    public BorderTradeCenterActor(ActorActivation activation, ReplicationContext context, int index)
        : base(activation, context, index)
    {
        var spec = (BorderTradeCenterSpec)Spec;
        UseStation(spec.Customs, "customs");
        _consolidator = spec.Consolidation is { } c ? new Consolidator(c, context.Shipments, Simulation, Address) : null;
    }

    protected override Distribution? DwellHours => ((BorderTradeCenterSpec)Spec).DwellHours;

    protected override Consolidator? Consolidation => _consolidator;

    protected override int StationFor(Stages stage, in Shipment shipment) => stage == Stages.Clearance ? 0 : -1;
}
