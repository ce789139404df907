using Corridors.Core.Model;
using Corridors.Core.Routing;
using Corridors.Core.Tests.Support;
using static Corridors.Core.Tests.Support.NetworkSpecs;
using Corridors.Testing;

namespace Corridors.Core.Tests.Routing;

/// <summary>Hand-worked corridor capacities (max flow, min cut) and cheapest assignments (min-cost flow).</summary>
public sealed class CorridorRouterCapacityTests
{
    // s --600--> m --500--> t, and s --300--> t (t/yr). Without a node limit: 500 + 300 = 800, cut {m-t, s-t};
    // m (a hub, so one gate for all its traffic) limited to 400: 400 + 300 = 700, cut {s-t, node m}.
    private static CorridorRouter Diamond(double? hubCapacity = null, bool closeDirect = false) => new(new TestModel()
        .Add(City("s")).Add(Hub("m", capacity: hubCapacity)).Add(City("t"))
        .Link(Link("s", "m", tonnesPerYear: 600)).Link(Link("m", "t", tonnesPerYear: 500)).Link(Link("s", "t", tonnesPerYear: 300, open: !closeDirect))
        .Build());

    [Fact]
    public void Capacity_OfTwoParallelCorridors_IsTheSumOfTheirBottlenecks()
    {
        var report = Diamond().Capacity(["s"], ["t"]);

        Assert.Equal(800, report.MaxTonnesPerYear);
        Assert.Equal(["m-t", "s-t"], report.CutLinks);
        Assert.Empty(report.CutNodes);
    }

    [Fact]
    public void Capacity_WithANodeLimit_SplitsTheNodeAndReportsItInTheCut()
    {
        var report = Diamond(hubCapacity: 400).Capacity(["s"], ["t"]);

        Assert.Equal(700, report.MaxTonnesPerYear);
        Assert.Equal(
            [new CapacityLimit(CapacityLimitKind.Link, "s-t", 300), new CapacityLimit(CapacityLimitKind.Node, "m", 400)],
            report.Cut);
    }

    [Fact]
    public void Capacity_WithAClosedLink_LeavesItOut()
    {
        var report = Diamond(closeDirect: true).Capacity(["s"], ["t"]);

        Assert.Equal(500, report.MaxTonnesPerYear);
        Assert.Equal(["m-t"], report.CutLinks);
    }

    [Fact]
    public void Capacity_OfAnOriginNodeWithALimit_BindsItsOwnTraffic()
    {
        var router = new CorridorRouter(new TestModel()
            .Add(Port("p", capacity: 250)).Add(City("t"))
            .Link(Link("p", "t", tonnesPerYear: 1000)).Link(Link("p", "t", TransportMode.Rail, tonnesPerYear: 1000, id: "p-t-rail"))
            .Build());

        var report = router.Capacity(["p"], ["t"]);

        Assert.Equal(250, report.MaxTonnesPerYear);
        Assert.Equal(["p"], report.CutNodes);
    }

    // 40 TEU/yr × 20 t/TEU = 800 t/yr < 1,000 t/yr: the TEU limit binds.
    [Theory]
    [InlineData(20.0, 800.0)]
    [InlineData(30.0, 1000.0)]
    public void Capacity_OfALinkWithTonneAndTeuLimits_IsTheSmallerInTonnes(double tonnesPerTeu, double expected)
    {
        var model = new TestModel()
            .Add(City("s")).Add(City("t"))
            .Link(Link("s", "t", tonnesPerYear: 1000, teuPerYear: 40))
            .Flow("s", "t", 1)
            .Build()
            .WithCommodity(new Commodity("boxes", CargoUnit.Teu, tonnesPerTeu, 0));

        var report = new CorridorRouter(model).Capacity(["s"], ["t"]);

        Assert.Equal(expected, report.MaxTonnesPerYear);
        Assert.Equal(new CapacityLimit(CapacityLimitKind.Link, "s-t", expected), Assert.Single(report.Cut));
    }

    [Fact]
    public void Capacity_BetweenNodeSets_CountsEveryStartAndEnd()
    {
        var router = new CorridorRouter(new TestModel()
            .Add(City("s1")).Add(City("s2")).Add(City("t1")).Add(City("t2"))
            .Link(Link("s1", "t1", tonnesPerYear: 100)).Link(Link("s2", "t1", tonnesPerYear: 200)).Link(Link("s2", "t2", tonnesPerYear: 400))
            .Build());

        Assert.Equal(700, router.Capacity(["s1", "s2"], ["t1", "t2"]).MaxTonnesPerYear);
        Assert.Equal(300, router.Capacity(["s1", "s2"], ["t1"]).MaxTonnesPerYear);
    }

    [Fact]
    public void Capacity_AtACityWithALimitThatForbidsModeChanges_LimitsEachModeSeparately()
    {
        // A documented upper bound: one gate would let road traffic leave by rail, so each layer pair gets the limit.
        var router = new CorridorRouter(new TestModel()
            .Add(City("s")).Add(City("m", capacity: 400)).Add(City("t"))
            .Link(Link("s", "m", tonnesPerYear: 1000)).Link(Link("m", "t", tonnesPerYear: 1000))
            .Link(Link("s", "m", TransportMode.Rail, tonnesPerYear: 1000, id: "s-m-rail")).Link(Link("m", "t", TransportMode.Rail, tonnesPerYear: 1000, id: "m-t-rail"))
            .Build());

        var report = router.Capacity(["s"], ["t"]);

        Assert.Equal(800, report.MaxTonnesPerYear);
        Assert.Equal([new CapacityLimit(CapacityLimitKind.Node, "m", 800)], report.Cut);
    }

    [Fact]
    public void Capacity_WhenARouteStatesNoCapacity_ThrowsUnboundedNamingTheRoute()
    {
        var router = new CorridorRouter(new TestModel()
            .Add(City("s")).Add(City("m")).Add(City("t"))
            .Link(Link("s", "t", tonnesPerYear: 10)).Link(Link("s", "m")).Link(Link("m", "t"))
            .Build());

        var error = Assert.Throws<UnboundedCapacityException>(() => router.Capacity(["s"], ["t"]));

        Assert.Equal(
            "unbounded: no capacity is stated on any link or node of the route s → m → t; state a capacity (t/yr or TEU/yr) on one of them",
            error.Message);
    }

    [Fact]
    public void Capacity_BetweenDisconnectedSets_ThrowsNoPath()
    {
        var router = new CorridorRouter(new TestModel()
            .Add(City("s")).Add(City("t")).Add(City("u")).Link(Link("s", "t", tonnesPerYear: 1)).Link(Link("u", "s", tonnesPerYear: 1))
            .Build());

        var error = Assert.Throws<NoPathException>(() => router.Capacity(["s", "t"], ["u"]));

        Assert.Equal("no open route from {'s', 't'} to 'u'", error.Message);
    }

    [Theory]
    [InlineData(new[] { "s" }, new[] { "s", "t" }, "'s' is both a start and an end; the two node sets must not overlap")]
    [InlineData(new string[0], new[] { "t" }, "no start node given; name at least one node id")]
    public void Capacity_WithBadNodeSets_SaysWhatIsWrong(string[] from, string[] to, string message)
    {
        var error = Assert.Throws<RouteQueryException>(() => Diamond().Capacity(from, to));

        Assert.Equal(message, error.Message);
    }

    // s --road 10 $/t, 300 t/yr--> t and s --rail 30 $/t, 500 t/yr--> t.
    [Theory]
    [InlineData(200.0, 200.0, 0.0, 2000.0)]
    [InlineData(1000.0, 300.0, 500.0, 18000.0)]
    public void Assign_ByCost_FillsTheCheaperLinkFirstAndReportsWhatDoesNotFit(double demand, double road, double rail, double cost)
    {
        var router = new CorridorRouter(new TestModel()
            .Add(City("s")).Add(City("t"))
            .Link(Link("s", "t", cost: new LinkCost(UsdPerTonne: 10), tonnesPerYear: 300))
            .Link(Link("s", "t", TransportMode.Rail, cost: new LinkCost(UsdPerTonne: 30), tonnesPerYear: 500, id: "s-t-rail"))
            .Build());

        var report = router.Assign(["s"], ["t"], demand, RoutePreset.Cost);

        Assert.Equal(road + rail, report.DeliveredTonnesPerYear);
        Assert.Equal(demand - road - rail, report.UnmetTonnesPerYear);
        Assert.Equal(cost, report.CostPerYear);
        LinkFlow[] links = rail > 0 ? [new("s-t", road), new("s-t-rail", rail)] : [new("s-t", road)];
        Assert.Equal(links, report.Links);
    }

    [Fact]
    public void Assign_ThroughALimitedPortFedByRoad_ChargesItsTransshipment()
    {
        // s --road 10 $/t--> p (port, 1,000 t/yr, 5 $/t to change mode) --sea 20 $/t--> t, or --road 50 $/t--> t.
        // 800 t/yr all go by sea at 10 + 5 + 20 = 35 $/t.
        var router = new CorridorRouter(new TestModel()
            .Add(City("s")).Add(Port("p", transshipUsd: 5, capacity: 1000)).Add(City("t"))
            .Link(Link("s", "p", cost: new LinkCost(UsdPerTonne: 10)))
            .Link(Link("p", "t", TransportMode.Sea, cost: new LinkCost(UsdPerTonne: 20)))
            .Link(Link("p", "t", cost: new LinkCost(UsdPerTonne: 50), id: "p-t-road"))
            .Build());

        var report = router.Assign(["s"], ["t"], 800, RoutePreset.Cost);

        Assert.Equal(800 * 35, report.CostPerYear);
        Assert.Equal([new LinkFlow("s-p", 800), new LinkFlow("p-t", 800)], report.Links);
    }
}
