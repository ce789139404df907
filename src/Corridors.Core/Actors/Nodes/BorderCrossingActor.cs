using Corridors.Core.Actors.Stations;
using Corridors.Core.Model;
using Corridors.Core.Shipments;
using Corridors.Core.World;
using Corridors.Kernel.Actors;

namespace Corridors.Core.Actors.Nodes;

/// <summary>
/// A border crossing: customs lanes per mode (a shipment clears in the lanes of the mode it arrived
/// by, or leaves by at its origin), then the gauge change for rail shipments that need it.
/// </summary>
internal sealed class BorderCrossingActor : NodeActor
{
    private readonly int[] _clearanceOfMode = new int[Enum.GetValues<TransportMode>().Length];
    private readonly int _gaugeChange = -1;
    private readonly CompiledRoute[] _routes;
    private readonly IReadOnlyList<LinkSpec> _links;

    public BorderCrossingActor(ActorActivation activation, ReplicationContext context, int index)
        : base(activation, context, index)
    {
        var spec = (BorderCrossingSpec)Spec;
        _routes = context.Scenario.Routes;
        _links = context.Scenario.Model.Links;
        var stations = new List<ServiceStation>();
        Array.Fill(_clearanceOfMode, -1);
        foreach (var (mode, service) in spec.Clearance.OrderBy(p => p.Key))
        {
            _clearanceOfMode[(int)mode] = stations.Count;
            stations.Add(NewStation(service, "clearance/" + mode));
        }

        if (spec.GaugeChange is { } gauge)
        {
            _gaugeChange = stations.Count;
            stations.Add(NewStation(gauge, "gauge-change"));
        }

        UseStations([.. stations]);
    }

    protected override int StationFor(Stages stage, in Shipment shipment) => stage switch
    {
        Stages.Clearance => _clearanceOfMode[(int)ArrivalMode(shipment)],
        Stages.GaugeChange => _gaugeChange,
        _ => -1,
    };

    // The mode of the link the shipment arrived by, or at its origin the one it leaves by.
    private TransportMode ArrivalMode(in Shipment shipment)
    {
        var links = _routes[shipment.Route].Links;
        return _links[links[shipment.Hop == 0 ? 0 : shipment.Hop - 1]].Mode;
    }
}
