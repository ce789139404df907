using Corridors.Core.Model;
using Corridors.Core.Routing;
using Corridors.Core.World;
using Corridors.Kernel.Distributions;

namespace Corridors.Testing;

/// <summary>Builds small models in code: nodes serve every mode, links have zero length unless told, one tonne commodity.</summary>
public sealed class TestModel
{
    private static readonly TransportMode[] AllModes = Enum.GetValues<TransportMode>();
    private readonly List<NodeSpec> _nodes = [];
    private readonly List<LinkSpec> _links = [];
    private readonly List<FlowSpec> _flows = [];
    private readonly List<Disruption> _disruptions = [];

    public double Horizon { get; set; } = 1000;

    public double Warmup { get; set; }

    public ulong Seed { get; set; } = 2026;

    public TestModel Zone(string id, Distribution? dwell = null) =>
        Add(new EconomicZoneSpec { Id = id, Name = id, Location = default, Modes = AllModes, ProcessingDwellHours = dwell });

    public TestModel City(string id) => Add(new CitySpec { Id = id, Name = id, Location = default, Modes = AllModes });

    public TestModel Port(string id, int berths, Distribution handling, double? storageTonnes = null) =>
        Add(new PortSpec { Id = id, Name = id, Location = default, Modes = AllModes, Berths = new ServiceSpec(berths, handling), StorageCapacityTonnes = storageTonnes });

    public TestModel Hub(string id, int servers, Distribution handling) =>
        Add(new HubSpec { Id = id, Name = id, Location = default, Modes = AllModes, Handling = new ServiceSpec(servers, handling) });

    public TestModel Add(NodeSpec node)
    {
        _nodes.Add(node);
        return this;
    }

    public TestModel Link(string from, string to, TransportMode mode = TransportMode.Road, double km = 0, CarrierSpec? carrier = null, Distribution? travel = null, int? gauge = null) =>
        Link(new LinkSpec { Id = $"{from}-{to}", From = from, To = to, Mode = mode, DistanceKm = km, SpeedKmh = 50, Carrier = carrier, TravelTimeHours = travel, GaugeMm = gauge });

    public TestModel Link(LinkSpec link)
    {
        _links.Add(link);
        return this;
    }

    /// <summary>A flow of 1-tonne shipments at <paramref name="perHour"/> shipments per hour.</summary>
    public TestModel Flow(string from, string to, double perHour, ArrivalProcess arrival = ArrivalProcess.Poisson, string? id = null)
    {
        _flows.Add(new FlowSpec
        {
            Id = id ?? $"{from}-{to}",
            Origin = from,
            Destination = to,
            Commodity = "goods",
            VolumePerYear = perHour * 8760,
            ShipmentSize = new ConstantDistribution(1),
            Arrival = arrival,
        });
        return this;
    }

    public TestModel Disrupt(Disruption disruption)
    {
        _disruptions.Add(disruption);
        return this;
    }

    public ScenarioModel Build() => new()
    {
        Name = "test",
        Experiment = new ExperimentSpec(Horizon, Warmup, 1, Seed, new DateOnly(2024, 1, 1)),
        Commodities = [new Commodity("goods", CargoUnit.Tonne, 10, 1000)],
        Nodes = [.. _nodes],
        Links = [.. _links],
        Flows = [.. _flows],
        Disruptions = [.. _disruptions],
        Routing = new RoutingSpec(new CostWeights(1, 0, 0), 1, double.PositiveInfinity),
    };

    public CompiledScenario Compile() => Compile(Build());

    public static CompiledScenario Compile(ScenarioModel model) => CompiledScenario.Compile(model, new FewestHopsRouteProvider(model));
}
