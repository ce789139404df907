using Corridors.Core.Model;
using Corridors.Core.Results;
using Corridors.Core.Routing;
using Corridors.Core.Tests.Support;
using Corridors.Core.World;
using Corridors.Testing;
using static Corridors.Core.Tests.Support.NetworkSpecs;

namespace Corridors.Core.Tests.Choice;

/// <summary>
/// Dynamic choice sees a scheduled closure (ADR 0008): two parallel routes from o to d, A through
/// crossing xa (10 h) and B through crossing xb (14 h), routed by time with θ = 0.5 per hour, so the
/// static logit gives A 1/(1 + e^−2) = 88.08 %. xa is closed from hour 1000 to 1720 (30 days); the
/// closure becomes known when it starts (look-ahead 0), so shipments already on their way to xa wait.
/// </summary>
public sealed class ClosureChoiceTests
{
    private const double ClosedFrom = 1000;
    private const double ClosedTo = 1720;
    private static readonly double StaticShareOfA = 1 / (1 + Math.Exp(-2));

    private static CompiledScenario Scenario(double warmup, double horizon, RouteChoice choice = RouteChoice.Dynamic)
    {
        var model = new TestModel { Warmup = warmup, Horizon = horizon }
            .Add(Zone("o")).Add(Crossing("xa", railClearanceHours: 0.01)).Add(Crossing("xb", railClearanceHours: 0.01)).Add(City("d"))
            .Link(Link("o", "xa", hours: 5)).Link(Link("xa", "d", hours: 5))
            .Link(Link("o", "xb", hours: 7)).Link(Link("xb", "d", hours: 7))
            .Flow("o", "d", 2)
            .Disrupt(new Closure { Id = "a-closed", Targets = ["xa"], FromHours = ClosedFrom, ToHours = ClosedTo })
            .Build()
            .WithRouting(new CostWeights(1, 0, 0), k: 2, logitScale: 0.5);
        model = model with { Routing = model.Routing with { Choice = choice, ClosureLookaheadHours = 0 } };
        return CompiledScenario.Compile(model, new LogitRouteProvider(model));
    }

    private static double ShareOfA(ReplicationResult result)
    {
        var routes = result.RouteChoice!.Routes;
        return (double)routes.Single(r => r.Route == "via xa").Shipments / routes.Sum(r => r.Shipments);
    }

    [Fact]
    public void ShipmentsCreatedDuringTheClosure_AtLeast95PercentTakeTheOpenRoute()
    {
        // Measured from the start of the closure to its end: the shares are those of shipments created while it holds.
        var results = Replications.Run(Scenario(ClosedFrom, ClosedTo), 10);

        Assert.All(results, r => Assert.True(1 - ShareOfA(r) >= 0.95, $"share of B {1 - ShareOfA(r):P2} in replication {r.Replication}"));

        // Those past the branch point when it closed are still at xa when it reopens: in the balance, at a node.
        Assert.All(results, r => Assert.True(r.Conservation.AtNodes >= 1, $"none waiting at the horizon in replication {r.Replication}"));
    }

    [Fact]
    public void ShipmentsCreatedAfterTheReopening_SplitByTheStaticLogit()
    {
        var results = Replications.Run(Scenario(ClosedTo + 80, 4000), 10);

        ConfidenceAssert.Contains(StaticShareOfA, [.. results.Select(ShareOfA)], 0.99, "share of A after the reopening");
    }

    [Fact]
    public void ShipmentsPastTheBranchPoint_WaitOutTheClosureAndAreDelivered()
    {
        // Created in the 5 h before the closure was known, they reached xa closed: they wait ~720 h, not more.
        var results = Replications.Run(Scenario(0, 3000), 5);

        Assert.All(results, r =>
        {
            var xa = r.Node("xa");
            Assert.InRange(xa.MaxWaitHours, ClosedTo - ClosedFrom - 5, ClosedTo - ClosedFrom);
        });
    }

    [Fact]
    public void StaticChoice_KeepsSendingShipmentsIntoTheClosure()
    {
        // The contrast: with fixed shares 88 % of shipments created during the closure still queue at xa.
        var results = Replications.Run(Scenario(ClosedFrom, ClosedTo, RouteChoice.Static), 3);

        Assert.All(results, r => Assert.Null(r.RouteChoice));
        Assert.All(results, r => Assert.True(r.Node("xa").Arrivals > 0.8 * StaticShareOfA * 2 * (ClosedTo - ClosedFrom), $"{r.Node("xa").Arrivals} arrivals at xa"));
    }
}
