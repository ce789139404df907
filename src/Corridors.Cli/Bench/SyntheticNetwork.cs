using System.Globalization;
using Corridors.Core.Model;
using Corridors.Kernel.Distributions;
using Corridors.Kernel.Randomness;

namespace Corridors.Cli.Bench;

/// <summary>
/// A synthetic corridor network of any size, for scaling benchmarks: nodes on a square grid, half a
/// degree apart up to 10,000 nodes and closer beyond (one in
/// ten a port, one in ten a hub, the rest cities), roads between grid neighbours both ways, a rail
/// line along every fifth row, ferries between consecutive ports, and one flow per ten nodes between
/// seeded random cities. The same size and seed give the same network.
/// </summary>
internal static class SyntheticNetwork
{
    /// <summary>Builds a network of <paramref name="nodes"/> nodes (≥ 4) run for <paramref name="horizonHours"/>.</summary>
    public static ScenarioModel Build(int nodes, ulong seed, double horizonHours = 24 * 30)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nodes, 4);
        var side = (int)Math.Ceiling(Math.Sqrt(nodes));
        // Half a degree apart up to 100 × 100 (latitudes 40 to 89.5); closer on larger grids, which would
        // otherwise run past the pole and the antimeridian.
        var spacing = Math.Min(0.5, 49.5 / Math.Max(1, side - 1));
        var modes = Enum.GetValues<TransportMode>();
        var nodeSpecs = new List<NodeSpec>(nodes);
        for (var i = 0; i < nodes; i++)
        {
            var at = new GeoPoint(40 + (i / side * spacing), 50 + (i % side * spacing));
            nodeSpecs.Add((i % 10) switch
            {
                0 => new PortSpec { Id = Id(i), Name = Id(i), Location = at, Modes = modes, Berths = new ServiceSpec(3, new GammaDistribution(4, 0.5)) },
                5 => new HubSpec { Id = Id(i), Name = Id(i), Location = at, Modes = modes, Handling = new ServiceSpec(2, new ExponentialDistribution(1.5)) },
                _ => new CitySpec { Id = Id(i), Name = Id(i), Location = at, Modes = modes },
            });
        }

        var links = new List<LinkSpec>();
        for (var i = 0; i < nodes; i++)
        {
            var right = i % side < side - 1 && i + 1 < nodes ? i + 1 : -1;
            var down = i + side < nodes ? i + side : -1;
            foreach (var j in new[] { right, down }.Where(j => j >= 0))
            {
                var mode = i / side % 5 == 0 && j == right ? TransportMode.Rail : TransportMode.Road;
                links.Add(Link(i, j, mode, null));
                links.Add(Link(j, i, mode, null));
            }
        }

        var ports = Enumerable.Range(0, nodes).Where(i => i % 10 == 0).ToList();
        var ferry = new CarrierSpec(CarrierKind.Ferry, 500, CargoUnit.Tonne, new WhenFullDeparture(24));
        for (var p = 0; p + 1 < ports.Count; p++)
        {
            links.Add(Link(ports[p], ports[p + 1], TransportMode.Sea, ferry));
        }

        var rng = new Xoshiro256StarStar(seed);
        var cities = Enumerable.Range(0, nodes).Where(i => i % 10 is not (0 or 5)).ToList();
        var flows = Enumerable.Range(0, Math.Max(1, nodes / 10)).Select(f =>
        {
            var a = cities[rng.Next(cities.Count)];
            var b = cities[rng.Next(cities.Count)];
            b = b == a ? cities[(cities.IndexOf(a) + 1) % cities.Count] : b;
            return new FlowSpec { Id = $"f{f}", Origin = Id(a), Destination = Id(b), Commodity = "goods", VolumePerYear = 40_000, ShipmentSize = new GammaDistribution(20, 0.5) };
        }).ToList();

        return new ScenarioModel
        {
            Name = string.Create(CultureInfo.InvariantCulture, $"synthetic-{nodes}"),
            Experiment = new ExperimentSpec(horizonHours, 0, 1, seed, new DateOnly(2024, 1, 1)),
            Commodities = [new Commodity("goods", CargoUnit.Tonne, 12, 1000)],
            Nodes = nodeSpecs,
            Links = links,
            Flows = flows,
            Routing = new RoutingSpec(new CostWeights(1, 0, 0), 1, double.PositiveInfinity),
        };

        LinkSpec Link(int from, int to, TransportMode mode, CarrierSpec? carrier) => new()
        {
            Id = $"{Id(from)}-{Id(to)}-{mode.ToString().ToLowerInvariant()}",
            From = Id(from),
            To = Id(to),
            Mode = mode,
            DistanceKm = nodeSpecs[from].Location.DistanceKmTo(nodeSpecs[to].Location),
            SpeedKmh = mode == TransportMode.Sea ? 25 : 50,
            Carrier = carrier,
        };
    }

    private static string Id(int i) => string.Create(CultureInfo.InvariantCulture, $"n{i}");
}
