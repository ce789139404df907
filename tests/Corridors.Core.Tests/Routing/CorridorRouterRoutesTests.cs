using Corridors.Core.Model;
using Corridors.Core.Routing;
using Corridors.Core.Tests.Support;
using static Corridors.Core.Tests.Support.NetworkSpecs;
using Corridors.Testing;

namespace Corridors.Core.Tests.Routing;

/// <summary>Hand-worked route searches: every expected path, hour and dollar is worked out in the comments.</summary>
public sealed class CorridorRouterRoutesTests
{
    // a (city) --road 2 h, 10 $/t, 100 km--> p (port, berth 2 h, transshipment T $/t) --road 8 h, 50 $/t, 500 km--> b (city)
    //                                                                               \--sea 30 h, 20 $/t, 400 km--> b
    // CO2 0.1 kg/tkm by road, 0.02 by sea. Road-road: 10 h, 60 $/t, 60 kg; no berth (land to land).
    // Road-sea: 2 + 2 (berth: leaves by water) + 30 = 34 h, 10 + T + 20 $/t, 10 + 8 = 18 kg.
    private static CorridorRouter ModeChoice(double transshipUsd) => new(new TestModel()
        .Add(City("a")).Add(Port("p", berthHours: 2, transshipUsd: transshipUsd)).Add(City("b"))
        .Link(Link("a", "p", hours: 2, km: 100, cost: new LinkCost(UsdPerTonne: 10), co2PerTonneKm: 0.1))
        .Link(Link("p", "b", hours: 8, km: 500, cost: new LinkCost(UsdPerTonne: 50), co2PerTonneKm: 0.1, id: "p-b-road"))
        .Link(Link("p", "b", TransportMode.Sea, hours: 30, km: 400, cost: new LinkCost(UsdPerTonne: 20), co2PerTonneKm: 0.02, id: "p-b-sea"))
        .Build());

    [Fact]
    public void Routes_ByCostWhenChangingModeIsCheaper_RanksTheSeaLegFirst()
    {
        var routes = ModeChoice(transshipUsd: 5).Routes("a", "b", 5, RoutePreset.Cost);

        Assert.Equal(2, routes.Count);
        Assert.Equal(["a-p", "p-b-sea"], routes[0].Links);
        Assert.Equal(["a", "p", "b"], routes[0].Nodes);
        Assert.Equal(35, routes[0].Usd);
        Assert.Equal(35, routes[0].Cost);
        Assert.Equal(34, routes[0].Hours);
        Assert.Equal(18, routes[0].Co2Kg, 12);
        Assert.Equal(500, routes[0].Km);
        Assert.Equal(["a-p", "p-b-road"], routes[1].Links);
        Assert.Equal(60, routes[1].Cost);
    }

    [Fact]
    public void Routes_ByCostWhenTransshipmentCostsMoreThanItSaves_StaysOnTheRoad()
    {
        var routes = ModeChoice(transshipUsd: 40).Routes("a", "b", 5, RoutePreset.Cost);

        Assert.Equal(["a-p", "p-b-road"], routes[0].Links);
        Assert.Equal(60, routes[0].Cost);
        Assert.Equal(["a-p", "p-b-sea"], routes[1].Links);
        Assert.Equal(70, routes[1].Cost); // 10 + 40 + 20
    }

    [Theory]
    [InlineData(RoutePreset.Time, "p-b-road", 10.0)]
    [InlineData(RoutePreset.Co2, "p-b-sea", 18.0)]
    public void Routes_ByPreset_MinimisesThatMeasure(RoutePreset preset, string lastLink, double cost)
    {
        var best = ModeChoice(transshipUsd: 5).Routes("a", "b", 1, preset).Single();

        Assert.Equal(["a-p", lastLink], best.Links);
        Assert.Equal(cost, best.Cost, 12);
    }

    [Fact]
    public void Routes_OnAModeChange_ReportsTheStopWithItsStagesHoursAndCharge()
    {
        var route = ModeChoice(transshipUsd: 5).Routes("a", "b", 1, RoutePreset.Cost).Single();

        Assert.Equal(
            [new RouteStop("a", Stages.None, 0, 0, 0), new RouteStop("p", Stages.Handling, 2, 5, 5), new RouteStop("b", Stages.None, 0, 0, 0)],
            route.Stops);
        Assert.Equal(new RouteLeg("p-b-sea", "p", "b", TransportMode.Sea, 30, 0, 20, 0, 400, 20), route.Legs[1] with { Co2Kg = 0 });
        Assert.Equal(8, route.Legs[1].Co2Kg, 12);
    }

    [Fact]
    public void Routes_ThroughACityThatCannotTransship_FindNoModeChange()
    {
        var router = new CorridorRouter(new TestModel()
            .Add(City("a")).Add(City("m")).Add(City("b"))
            .Link(Link("a", "m")).Link(Link("m", "b", TransportMode.Rail))
            .Build());

        var error = Assert.Throws<NoPathException>(() => router.Routes("a", "b", 3));

        Assert.Equal("no open route from 'a' to 'b'", error.Message);
    }

    // x --rail 1520, 10 h--> c (crossing: clearance 1 h, gauge change 3 h if it has one) --rail G, 5 h--> y
    [Theory]
    [InlineData(1435, 3.0, 19.0, Stages.Clearance | Stages.GaugeChange)]
    [InlineData(1520, 3.0, 16.0, Stages.Clearance)]
    [InlineData(null, null, 16.0, Stages.Clearance)]
    public void Routes_AcrossABorderCrossing_CountsClearanceAndGaugeChangeWhereTheGaugeChanges(
        int? gaugeBeyond, double? gaugeChangeHours, double hours, Stages stages)
    {
        var router = new CorridorRouter(new TestModel()
            .Add(City("x")).Add(Crossing("c", railClearanceHours: 1, gaugeChangeHours: gaugeChangeHours)).Add(City("y"))
            .Link(Link("x", "c", TransportMode.Rail, hours: 10, gauge: 1520)).Link(Link("c", "y", TransportMode.Rail, hours: 5, gauge: gaugeBeyond))
            .Build());

        var route = router.Routes("x", "y", 1, RoutePreset.Time).Single();

        Assert.Equal(hours, route.Hours);
        Assert.Equal(stages, route.Stops[1].Stages);
    }

    [Fact]
    public void Routes_AcrossACrossingWithoutGaugeChange_CannotChangeGauge()
    {
        var router = new CorridorRouter(new TestModel()
            .Add(City("x")).Add(Crossing("c", railClearanceHours: 1)).Add(City("y"))
            .Link(Link("x", "c", TransportMode.Rail, gauge: 1520)).Link(Link("c", "y", TransportMode.Rail, gauge: 1435))
            .Build());

        Assert.Throws<NoPathException>(() => router.Routes("x", "y", 1));
    }

    [Fact]
    public void Routes_WithAGaugeChangeAtAHub_PayHandlingThere()
    {
        // x --1520, 10 h--> h (hub, 4 h) --1435, 5 h--> y, or around by road in 30 h.
        var router = new CorridorRouter(new TestModel()
            .Add(City("x")).Add(Hub("h", handlingHours: 4)).Add(City("y"))
            .Link(Link("x", "h", TransportMode.Rail, hours: 10, gauge: 1520)).Link(Link("h", "y", TransportMode.Rail, hours: 5, gauge: 1435))
            .Link(Link("x", "y", hours: 30))
            .Build());

        var routes = router.Routes("x", "y", 2, RoutePreset.Time);

        Assert.Equal(["x-h", "h-y"], routes[0].Links);
        Assert.Equal(19, routes[0].Hours);
        Assert.Equal(Stages.Handling, routes[0].Stops[1].Stages);
        Assert.Equal(["x-y"], routes[1].Links);
    }

    [Fact]
    public void Routes_WithAClosedLink_GoAroundIt()
    {
        var router = new CorridorRouter(new TestModel()
            .Add(City("a")).Add(City("m")).Add(City("b"))
            .Link(Link("a", "b", hours: 1, open: false)).Link(Link("a", "m", hours: 2)).Link(Link("m", "b", hours: 2))
            .Build());

        var routes = router.Routes("a", "b", 5, RoutePreset.Time);

        Assert.Equal(["a-m", "m-b"], Assert.Single(routes).Links);
    }

    [Fact]
    public void Routes_WhenOnlyClosedLinksJoinThem_ThrowNoPath()
    {
        var router = new CorridorRouter(new TestModel().Add(City("a")).Add(City("b")).Link(Link("a", "b", open: false)).Build());

        Assert.Throws<NoPathException>(() => router.Routes("a", "b", 1));
    }

    // "teu": 2 $/t + (100 $/TEU + 0.1 $/TEU-km × 1000 km) / (t per TEU); "tonne": 15 $/t flat.
    [Theory]
    [InlineData(20.0, "teu", 12.0)]
    [InlineData(10.0, "tonne", 15.0)]
    public void Routes_WithTeuTariffs_PriceThemPerTonneByTheCargosTonnesPerTeu(double tonnesPerTeu, string cheapest, double usd)
    {
        var model = new TestModel()
            .Add(City("a")).Add(City("b"))
            .Link(Link("a", "b", km: 1000, cost: new LinkCost(UsdPerTonne: 2, UsdPerTeu: 100, UsdPerTeuKm: 0.1), id: "teu"))
            .Link(Link("a", "b", km: 1000, cost: new LinkCost(UsdPerTonne: 15), id: "tonne"))
            .Flow("a", "b", 1)
            .Build()
            .WithCommodity(new Commodity("boxes", CargoUnit.Teu, tonnesPerTeu, 20_000));

        var route = new CorridorRouter(model).Routes("a", "b", 1, RoutePreset.Cost).Single();

        Assert.Equal([cheapest], route.Links);
        Assert.Equal(usd, route.Usd, 12);
    }

    // a --train 10 h--> b. Timetable every 24 h: wait 12 h. When full (100 t, at most 48 h), 1-t shipments
    // at r t/h: the rest of the load (99 t) takes 99/r h, so the wait is min(48, 99/r)/2.
    [Theory]
    [InlineData(0.0, 1.0, 12.0)]
    [InlineData(48.0, 1.0, 24.0)]
    [InlineData(48.0, 10.0, 4.95)]
    public void Routes_OnACarrierLink_AddTheExpectedWaitForADeparture(double maxWaitHours, double tonnesPerHour, double waitHours)
    {
        DeparturePolicy departure = maxWaitHours == 0 ? new TimetableDeparture(24) : new WhenFullDeparture(maxWaitHours);
        var model = new TestModel()
            .Add(City("a")).Add(City("b"))
            .Link(Link("a", "b", TransportMode.Rail, hours: 10, carrier: new CarrierSpec(CarrierKind.Train, 100, CargoUnit.Tonne, departure)))
            .Flow("a", "b", tonnesPerHour)
            .Build();

        var leg = new CorridorRouter(model).Routes("a", "b", 1, RoutePreset.Time).Single().Legs.Single();

        Assert.Equal(waitHours, leg.WaitHours, 12);
        Assert.Equal(10 + waitHours, leg.Hours, 12);
    }

    // a --road--> t (trade center: lots of 20 t held at most 8 h, customs 1 h, dwell 2 h) --road--> b. 1-t shipments at
    // 1 t/h fill the lot in 19 h > 8 h, so the expected hold is 8/2 = 4 h; 4 + 1 + 2 = 7 h at t.
    [Fact]
    public void Routes_ThroughATradeCenter_CountConsolidationClearanceAndDwell()
    {
        var model = new TestModel()
            .Add(City("a")).Add(TradeCenter("t", customsHours: 1, consolidation: new ConsolidationSpec(20, 8), dwellHours: 2)).Add(City("b"))
            .Link(Link("a", "t", hours: 3)).Link(Link("t", "b", hours: 4))
            .Flow("a", "b", 1)
            .Build();

        var route = new CorridorRouter(model).Routes("a", "b", 1, RoutePreset.Time).Single();

        Assert.Equal(new RouteStop("t", Stages.Consolidation | Stages.Clearance | Stages.Dwell, 7, 0, 7), route.Stops[1]);
        Assert.Equal(14, route.Hours);
    }

    [Fact]
    public void Routes_WhenAPathReturnsToANodeOnAnotherLayer_LeaveItOut()
    {
        // a -road-> h -rail-> a -rail-> b revisits a; the loopless routes are a-h-b (2 h) and a-b by rail (10 h).
        var router = new CorridorRouter(new TestModel()
            .Add(City("a")).Add(Hub("h")).Add(City("b"))
            .Link(Link("a", "h", hours: 1)).Link(Link("h", "b", hours: 1))
            .Link(Link("h", "a", TransportMode.Rail, hours: 1)).Link(Link("a", "b", TransportMode.Rail, hours: 10))
            .Build());

        var routes = router.Routes("a", "b", 5, RoutePreset.Time);

        Assert.Equal([["a", "h", "b"], ["a", "b"]], routes.Select(r => r.Nodes));
    }

    [Fact]
    public void Routes_WhenOnlyARouteThroughANodeTwiceExists_ReturnIt()
    {
        // m is a city (no mode change): a -road-> m -road-> h (hub: road to rail) -rail-> m -rail-> b.
        var router = new CorridorRouter(new TestModel()
            .Add(City("a")).Add(City("m")).Add(Hub("h")).Add(City("b"))
            .Link(Link("a", "m")).Link(Link("m", "h")).Link(Link("h", "m", TransportMode.Rail)).Link(Link("m", "b", TransportMode.Rail))
            .Build());

        var route = router.Routes("a", "b", 3).Single();

        Assert.Equal(["a", "m", "h", "m", "b"], route.Nodes);
    }

    [Fact]
    public void Routes_AskingForMoreThanExist_ReturnsEveryRouteRankedFromOne()
    {
        var routes = ModeChoice(transshipUsd: 5).Routes("a", "b", 10, RoutePreset.Cost);

        Assert.Equal([1, 2], routes.Select(r => r.Rank));
        Assert.Equal([[0, 1, 2], [0, 1, 2]], routes.Select(r => r.Route.Nodes));
        Assert.Equal([[0, 2], [0, 1]], routes.Select(r => r.Route.Links));
    }

    [Theory]
    [InlineData("aktua", "unknown node 'aktua'; did you mean 'aktau'?")]
    [InlineData("AKTAU ", "unknown node 'AKTAU '; did you mean 'aktau'?")]
    [InlineData("vladivostok", "unknown node 'vladivostok'")]
    [InlineData("aktau-baku", "'aktau-baku' is a link, not a node; routes and capacities run between node ids")]
    public void Routes_FromAnUnknownNode_SaysSoAndSuggestsTheClosestId(string id, string message)
    {
        var router = new CorridorRouter(new TestModel().Add(Port("aktau")).Add(Port("baku")).Link(Link("aktau", "baku", TransportMode.Sea)).Build());

        var error = Assert.Throws<UnknownNodeException>(() => router.Routes(id, "baku", 1));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Routes_FromANodeToItself_IsRejected()
    {
        var error = Assert.Throws<RouteQueryException>(() => ModeChoice(0).Routes("a", "a", 1));

        Assert.Equal("'a' is both the start and the end; a route needs two different nodes", error.Message);
    }
}
