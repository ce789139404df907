using System.Globalization;
using Corridors.Core.Model;
using Corridors.Kernel.Distributions;
using FsCheck;
using FsCheck.Fluent;
using static Corridors.Core.Tests.Support.NetworkSpecs;
using Corridors.Testing;

namespace Corridors.Core.Tests.Support;

/// <summary>A random node, as small integers so a failing case prints readably.</summary>
internal sealed record NodeGene(int Kind, int Lat, int Lon, int Hours, int TransshipUsd, int Capacity);

/// <summary>A random link, as small integers.</summary>
internal sealed record LinkGene(int From, int To, int Mode, int Gauge, int Km, int Hours, int UsdPerTonne, int UsdPerTeu, int Co2, int Carrier, int Capacity, int Open);

/// <summary>
/// A random multimodal network: every node kind (crossings with and without gauge change, trade centers
/// with consolidation), road, rail of both gauges or none, and sea links with carriers of both policies,
/// TEU tariffs and capacities, some links closed, stated km independent of (often shorter than) the
/// great-circle distance; one flow between two of its nodes and random generalized-cost weights.
/// </summary>
internal sealed record NetworkCase(NodeGene[] Nodes, LinkGene[] Links, int From, int To, int[] Weights, int TeuCargo, double LogitScale)
{
    public static Gen<NetworkCase> Generator(int maxNodes = 6, int maxLinks = 14) =>
        from n in Gen.Choose(2, maxNodes)
        from nodes in Gen.ArrayOf(NodeGenes(), n)
        from m in Gen.Choose(1, maxLinks)
        from links in Gen.ArrayOf(LinkGenes(n), m)
        from origin in Gen.Choose(0, n - 1)
        from offset in Gen.Choose(1, n - 1)
        from weights in Gen.ArrayOf(Gen.Choose(0, 3), 3)
        from teu in Gen.Choose(0, 1)
        from scale in Gen.Elements(0.0, 0.05, 0.5, 3.0, double.PositiveInfinity)
        select new NetworkCase(nodes, links, origin, (origin + offset) % n, weights, teu, scale);

    public string FromId => Id(From);

    public string ToId => Id(To);

    public static string Id(int node) => string.Create(CultureInfo.InvariantCulture, $"n{node}");

    public ScenarioModel Build()
    {
        var model = new TestModel();
        for (int i = 0; i < Nodes.Length; i++)
        {
            model.Add(NodeSpec(i, Nodes[i]));
        }

        for (int i = 0; i < Links.Length; i++)
        {
            model.Link(LinkSpec(i, Links[i]));
        }

        var commodity = TeuCargo == 1 ? new Commodity("boxes", CargoUnit.Teu, 12, 30_000) : new Commodity("bulk", CargoUnit.Tonne, 20, 400);
        int[] w = Weights.Sum() == 0 ? [0, 1, 0] : Weights;
        return model.Flow(FromId, ToId, 3).Build()
            .WithCommodity(commodity)
            .WithRouting(new CostWeights(w[0], w[1], w[2] / 10.0), k: 4, LogitScale);
    }

    public override string ToString() =>
        $"nodes=[{string.Join(", ", Nodes.AsEnumerable())}] links=[{string.Join(", ", Links.AsEnumerable())}] "
        + $"from={From} to={To} weights=[{string.Join(",", Weights)}] teu={TeuCargo} theta={LogitScale}";

    private static Gen<NodeGene> NodeGenes() =>
        from kind in Gen.Choose(0, 7)
        from lat in Gen.Choose(0, 40)
        from lon in Gen.Choose(0, 60)
        from hours in Gen.Choose(0, 5)
        from usd in Gen.Choose(0, 20)
        from capacity in Gen.Choose(0, 5)
        select new NodeGene(kind, lat, lon, hours, usd, capacity);

    private static Gen<LinkGene> LinkGenes(int n) =>
        from f in Gen.Choose(0, n - 1)
        from t in Gen.Choose(0, n - 1)
        from mode in Gen.Choose(0, 2)
        from gauge in Gen.Choose(0, 2)
        from km in Gen.Choose(0, 800)
        from hours in Gen.Choose(0, 30)
        from usdT in Gen.Choose(0, 30)
        from usdTeu in Gen.Choose(0, 200)
        from co2 in Gen.Choose(0, 10)
        from carrier in Gen.Choose(0, 3)
        from capacity in Gen.Choose(0, 5)
        from open in Gen.Choose(0, 9)
        select new LinkGene(f, f == t ? (t + 1) % n : t, mode, gauge, km, hours, usdT, usdTeu, co2, carrier, capacity, open);

    private static NodeSpec NodeSpec(int index, NodeGene g)
    {
        string id = Id(index);
        var at = new GeoPoint(40 + (g.Lat / 4.0), 45 + (g.Lon / 4.0));
        double? capacity = g.Capacity < 2 ? null : g.Capacity * 100.0;
        NodeSpec spec = g.Kind switch
        {
            0 => City(id, at),
            1 => Port(id, g.Hours, g.TransshipUsd, at: at) with { Berths = RateOrTime(g.Hours) },
            2 => Hub(id, g.Hours, g.TransshipUsd, at: at),
            3 => Crossing(id, g.Hours, gaugeChangeHours: g.Hours + 1, at: at),
            4 => Crossing(id, g.Hours, at: at),
            5 => TradeCenter(id, g.Hours, at: at),
            6 => TradeCenter(id, g.Hours, new ConsolidationSpec(10 + g.TransshipUsd, 1 + g.Hours), dwellHours: g.Hours, at: at),
            _ => Zone(id, dwellHours: g.Hours, at: at),
        };
        return spec with { CapacityTonnesPerYear = capacity, TransshipmentUsdPerTonne = g.TransshipUsd };
    }

    private static ServiceSpec RateOrTime(int hours) =>
        hours == 5 ? new ServiceSpec(1, null, TonnesPerHour: 2) : new ServiceSpec(1, new ConstantDistribution(hours));

    private static LinkSpec LinkSpec(int index, LinkGene g)
    {
        var mode = g.Mode switch { 0 => TransportMode.Road, 1 => TransportMode.Rail, _ => TransportMode.Sea };
        int? gauge = mode == TransportMode.Rail && g.Gauge > 0 ? (g.Gauge == 1 ? 1520 : 1435) : null;
        CarrierSpec? carrier = g.Carrier switch
        {
            1 => new CarrierSpec(CarrierKind.Train, 50, CargoUnit.Tonne, new TimetableDeparture(1 + g.Hours)),
            2 => new CarrierSpec(CarrierKind.Ferry, 4, CargoUnit.Teu, new WhenFullDeparture(1 + g.Hours)),
            3 => new CarrierSpec(CarrierKind.Vessel, 100, CargoUnit.Tonne, new WhenFullDeparture(double.PositiveInfinity)),
            _ => null,
        };
        return Link(
            Id(g.From),
            Id(g.To),
            mode,
            hours: g.Hours,
            km: g.Km,
            cost: new LinkCost(g.UsdPerTonne, g.UsdPerTonne / 100.0, g.UsdPerTeu, g.UsdPerTeu / 1000.0),
            co2PerTonneKm: g.Co2 / 100.0,
            tonnesPerYear: g.Capacity == 0 ? null : g.Capacity * 150.0,
            teuPerYear: g.Capacity == 5 ? 40 : null,
            gauge: gauge,
            carrier: carrier,
            open: g.Open > 0,
            id: string.Create(CultureInfo.InvariantCulture, $"l{index}"));
    }
}
