using Corridors.Core.Model;
using Corridors.Core.Results;
using Corridors.Core.Routing;
using Corridors.Core.Tests.Support;
using Corridors.Core.World;
using Corridors.Testing;
using static Corridors.Core.Tests.Support.NetworkSpecs;

namespace Corridors.Core.Tests.Choice;

/// <summary>
/// Rerouting at a port (ADR 0008): from o a 20-h road reaches port p, where routes A (crossing xa, 10 h)
/// and B (crossing xb, 14 h) part. xa closes at hour 1000 for 30 days, known only when it closes, so the
/// shipments on the road to p then (about 2/h × 20 h × 88 % on A) learn of it at p and switch to B;
/// nobody else has cause to switch.
/// </summary>
public sealed class ReroutingTests
{
    private static CompiledScenario Scenario(bool rerouting, double congestionWeight = 1, bool closure = true, RouteChoice choice = RouteChoice.Dynamic)
    {
        var model = new TestModel { Horizon = 2500 }
            .Add(Zone("o")).Add(Port("p")).Add(Crossing("xa", railClearanceHours: 0.01)).Add(Crossing("xb", railClearanceHours: 0.01)).Add(City("d"))
            .Link(Link("o", "p", hours: 20))
            .Link(Link("p", "xa", hours: 5)).Link(Link("xa", "d", hours: 5))
            .Link(Link("p", "xb", hours: 7)).Link(Link("xb", "d", hours: 7))
            .Flow("o", "d", 2);
        if (closure)
        {
            model.Disrupt(new Closure { Id = "a-closed", Targets = ["xa"], FromHours = 1000, ToHours = 1720 });
        }

        var built = model.Build().WithRouting(new CostWeights(1, 0, 0), k: 2, logitScale: 0.5);
        built = built with { Routing = built.Routing with { Choice = choice, Rerouting = rerouting, ClosureLookaheadHours = 0, CongestionWeight = congestionWeight } };
        return CompiledScenario.Compile(built, new LogitRouteProvider(built));
    }

    private static double HoursWaited(ReplicationResult result, string node) => result.Node(node).MeanWaitHours * result.Node(node).Departures;

    private static long Reroutes(ReplicationResult result, string node) => result.RouteChoice!.Reroutes.Single(r => r.Node == node).Reroutes;

    [Fact]
    public void ShipmentsOnTheirWayWhenTheNextLegCloses_SwitchAtThePort_OnlyThoseAlreadyPastItWait()
    {
        var switching = Replications.Run(Scenario(rerouting: true), 5);
        var staying = Replications.Run(Scenario(rerouting: false), 5);

        // About 35 on the road at hour 1000 were bound for A; each switches once, at p. Without rerouting they
        // wait out the closure at xa with the ~9 already between p and xa (who wait either way): the hours
        // waited at xa fall to about a fifth.
        Assert.All(switching, r => Assert.InRange(Reroutes(r, "p"), 15, 60));
        Assert.All(staying, r => Assert.Equal(0, Reroutes(r, "p")));
        Assert.All(switching.Zip(staying), pair =>
            Assert.True(HoursWaited(pair.First, "xa") < 0.5 * HoursWaited(pair.Second, "xa"), $"{HoursWaited(pair.First, "xa"):F0} h waited at xa with rerouting, {HoursWaited(pair.Second, "xa"):F0} h without"));
        Assert.All(staying, r => Assert.True(r.Node("xa").MaxWaitHours > 700, $"longest wait at xa {r.Node("xa").MaxWaitHours:F0} h"));
    }

    [Fact]
    public void WithNothingChanging_NobodySwitches()
    {
        // No closure, queues not priced: every route costs what it cost at departure, so a shipper keeps its choice.
        var results = Replications.Run(Scenario(rerouting: true, congestionWeight: 0, closure: false), 3);

        Assert.All(results, r => Assert.Equal(0, Reroutes(r, "p")));
    }

    [Fact]
    public void WithNothingChanging_DynamicChoiceDrawsWhatStaticChoiceDraws()
    {
        // One uniform number per shipment either way, split by the same logit when no extra applies:
        // the same shipments take the same routes, so every count agrees (common random numbers).
        var dynamic = ReplicationRunner.Run(Scenario(rerouting: false, congestionWeight: 0, closure: false), 0);
        var fixedShares = ReplicationRunner.Run(Scenario(rerouting: false, congestionWeight: 0, closure: false, choice: RouteChoice.Static), 0);

        Assert.Equal(fixedShares.Node("xa").Arrivals, dynamic.Node("xa").Arrivals);
        Assert.Equal(fixedShares.Flows[0].TransitMeanHours, dynamic.Flows[0].TransitMeanHours);
    }
}
