using Corridors.Core.Model;
using Corridors.Core.Routing;
using static Corridors.Core.Tests.Support.NetworkSpecs;
using Corridors.Testing;

namespace Corridors.Core.Tests.Routing;

/// <summary>
/// The router prices the network once and keeps it while the cargo and weights stay the same (issue 16):
/// a query with other weights or another cargo must be priced afresh, and coming back must give the
/// first answer again.
/// </summary>
public sealed class CorridorRouterPricingCacheTests
{
    // The network of CorridorRouterRoutesTests.ModeChoice with T = 5: by cost the sea leg wins (35 $/t
    // against 60), by time the road (10 h against 34).
    private static TestModel ModeChoice() => new TestModel()
        .Add(City("a")).Add(Port("p", berthHours: 2, transshipUsd: 5)).Add(City("b"))
        .Link(Link("a", "p", hours: 2, km: 100, cost: new LinkCost(UsdPerTonne: 10), co2PerTonneKm: 0.1))
        .Link(Link("p", "b", hours: 8, km: 500, cost: new LinkCost(UsdPerTonne: 50), co2PerTonneKm: 0.1, id: "p-b-road"))
        .Link(Link("p", "b", TransportMode.Sea, hours: 30, km: 400, cost: new LinkCost(UsdPerTonne: 20), co2PerTonneKm: 0.02, id: "p-b-sea"));

    [Fact]
    public void Routes_AlternatingPresetsOnOneRouter_GiveEachPresetsOwnAnswer()
    {
        var router = new CorridorRouter(ModeChoice().Build());

        var byCost = router.Routes("a", "b", 1, RoutePreset.Cost).Single();
        var byTime = router.Routes("a", "b", 1, RoutePreset.Time).Single();
        var byCostAgain = router.Routes("a", "b", 1, RoutePreset.Cost).Single();

        Assert.Equal(["a-p", "p-b-sea"], byCost.Links);
        Assert.Equal(35, byCost.Cost);
        Assert.Equal(["a-p", "p-b-road"], byTime.Links);
        Assert.Equal(10, byTime.Cost);
        Assert.Equal(byCost.Links, byCostAgain.Links);
        Assert.Equal(byCost.Cost, byCostAgain.Cost);
    }

    [Fact]
    public void Routes_ForAnotherCargoAfterTheFirst_AreWhatAFreshRouterGives()
    {
        // The generalized preset values time by the cargo's value: a dear cargo pays more for the sea leg's hours.
        var router = new CorridorRouter(ModeChoice().Build());
        var cheap = new CargoProfile("cheap", 10, 10, 1, 1);
        var dear = new CargoProfile("dear", 10, 10, 1, 1_000_000);

        var first = router.Routes("a", "b", 2, RoutePreset.Generalized, cheap);
        var second = router.Routes("a", "b", 2, RoutePreset.Generalized, dear);
        var third = router.Routes("a", "b", 2, RoutePreset.Generalized, cheap);

        var fresh = new CorridorRouter(ModeChoice().Build()).Routes("a", "b", 2, RoutePreset.Generalized, dear);
        Assert.Equal(fresh.Select(r => (string.Join(",", r.Links), r.Cost)), second.Select(r => (string.Join(",", r.Links), r.Cost)));
        Assert.Equal(first.Select(r => (string.Join(",", r.Links), r.Cost)), third.Select(r => (string.Join(",", r.Links), r.Cost)));
        Assert.NotEqual(first.Select(r => r.Cost), second.Select(r => r.Cost));
    }
}
