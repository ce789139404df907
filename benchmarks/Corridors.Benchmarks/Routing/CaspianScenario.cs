using System.Globalization;
using Corridors.Core.Model;
using Corridors.Kernel.Distributions;

namespace Corridors.Benchmarks.Routing;

/// <summary>
/// A scenario the size of a regional study, from a fixed seed: 40 nodes of every kind scattered over
/// the Caspian region, each joined both ways to its nearest earlier node (a spanning tree) by road, every
/// other pair also by rail (1520 mm, 1435 mm east of 58° E), ports also by sea: about 120 links. Ferries
/// run on a timetable, some trains leave when full, capacities everywhere; 20 flows between cities and
/// zones, K = 5.
/// </summary>
public static class CaspianScenario
{
    private static readonly TransportMode[] All = Enum.GetValues<TransportMode>();

    public static ScenarioModel Build(int seed = 2026)
    {
        var random = new Random(seed);
        var nodes = Enumerable.Range(0, 40).Select(i => Node(i, new GeoPoint(36 + (14 * random.NextDouble()), 44 + (18 * random.NextDouble())), random)).ToList();
        var links = new List<LinkSpec>();
        for (int b = 1; b < nodes.Count; b++)
        {
            // Each node joins its nearest earlier node: a spanning tree, so every flow has a road route.
            int a = Enumerable.Range(0, b).MinBy(a => nodes[a].Location.DistanceKmTo(nodes[b].Location));
            var modes = new List<TransportMode> { TransportMode.Road };
            if (b % 2 == 0)
            {
                modes.Add(TransportMode.Rail);
            }

            if (nodes[a] is PortSpec && nodes[b] is PortSpec)
            {
                modes.Add(TransportMode.Sea);
            }

            foreach (var mode in modes)
            {
                links.Add(Link(nodes[a], nodes[b], mode, random));
                links.Add(Link(nodes[b], nodes[a], mode, random));
            }
        }

        var markets = nodes.Where(n => n is CitySpec or EconomicZoneSpec).Select(n => n.Id).ToList();
        var flows = Enumerable.Range(0, 20).Select(i =>
        {
            string origin = markets[random.Next(markets.Count)];
            string destination = markets.Where(m => m != origin).ElementAt(random.Next(markets.Count - 1));
            return new FlowSpec
            {
                Id = Id("flow", i), Origin = origin, Destination = destination, Commodity = i % 2 == 0 ? "containers" : "grain",
                VolumePerYear = 1000 + random.Next(100_000), ShipmentSize = new ConstantDistribution(1 + random.Next(40)),
            };
        }).ToList();
        return new ScenarioModel
        {
            Name = "caspian-benchmark",
            Experiment = new ExperimentSpec(8760, 0, 1, 1, new DateOnly(2024, 1, 1)),
            Commodities = [new Commodity("containers", CargoUnit.Teu, 12, 40_000), new Commodity("grain", CargoUnit.Tonne, 24, 250)],
            Nodes = nodes,
            Links = links,
            Flows = flows,
            Routing = new RoutingSpec(new CostWeights(0.5, 1, 0.08), 5, 0.1),
        };
    }

    private static NodeSpec Node(int i, GeoPoint at, Random random)
    {
        string id = Id("n", i);
        var service = new ServiceSpec(2, new ExponentialDistribution(1 + (4 * random.NextDouble())));
        double usd = random.Next(2, 15);
        return (i % 10) switch
        {
            0 or 1 => new PortSpec { Id = id, Name = id, Location = at, Modes = All, Berths = service, TransshipmentUsdPerTonne = usd, CapacityTonnesPerYear = 2e6 },
            2 => new HubSpec { Id = id, Name = id, Location = at, Modes = All, Handling = service, TransshipmentUsdPerTonne = usd },
            3 => new BorderCrossingSpec
            {
                Id = id, Name = id, Location = at, Modes = All, CapacityTonnesPerYear = 1e6,
                Clearance = new Dictionary<TransportMode, ServiceSpec> { [TransportMode.Rail] = service, [TransportMode.Road] = service },
                GaugeChange = i % 20 == 3 ? service : null,
            },
            4 => new BorderTradeCenterSpec { Id = id, Name = id, Location = at, Modes = All, Customs = service, Consolidation = new ConsolidationSpec(20, 12) },
            5 => new EconomicZoneSpec { Id = id, Name = id, Location = at, Modes = All },
            _ => new CitySpec { Id = id, Name = id, Location = at, Modes = All },
        };
    }

    private static LinkSpec Link(NodeSpec from, NodeSpec to, TransportMode mode, Random random)
    {
        double km = 1.25 * from.Location.DistanceKmTo(to.Location);
        var (speed, usdPerTonneKm, co2) = mode switch
        {
            TransportMode.Sea => (20.0, 0.03, 0.02),
            TransportMode.Rail => (35.0, 0.08, 0.03),
            _ => (55.0, 0.095, 0.1),
        };
        CarrierSpec? carrier = mode switch
        {
            TransportMode.Sea => new CarrierSpec(CarrierKind.Ferry, 50, CargoUnit.Teu, new TimetableDeparture(48)),
            TransportMode.Rail when random.Next(3) == 0 => new CarrierSpec(CarrierKind.Train, 60, CargoUnit.Teu, new WhenFullDeparture(72)),
            _ => null,
        };
        return new LinkSpec
        {
            Id = $"{from.Id}-{to.Id}-{mode}".ToUpperInvariant(),
            From = from.Id,
            To = to.Id,
            Mode = mode,
            DistanceKm = km,
            SpeedKmh = speed,
            Cost = new LinkCost(UsdPerTonneKm: usdPerTonneKm, UsdPerTeu: mode == TransportMode.Sea ? 150 : 0),
            Co2KgPerTonneKm = co2,
            CapacityTonnesPerYear = 1e5 * random.Next(5, 50),
            GaugeMm = mode == TransportMode.Rail ? (from.Location.Longitude > 58 && to.Location.Longitude > 58 ? 1435 : 1520) : null,
            Carrier = carrier,
        };
    }

    private static string Id(string prefix, int i) => string.Create(CultureInfo.InvariantCulture, $"{prefix}{i}");
}
