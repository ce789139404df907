using Corridors.Core.Model;
using Corridors.Core.Routing;
using Corridors.Core.Routing.Topology;
using Corridors.Core.World;
using Corridors.Scenarios;
using Corridors.Testing;

namespace Corridors.Cli.Tests.Commands;

/// <summary>`corridors network` on the baseline agrees with `corridors capacity` and with a what-if run.</summary>
public sealed class NetworkBaselineTests
{
    private static readonly Lazy<ScenarioModel> Baseline = new(() => ScenarioLoader.Load(Repository.File("scenarios", "caspian-baseline.yaml")).Model!);

    private static readonly Lazy<NetworkReport> Report = new(() => NetworkAnalysis.Analyze(Baseline.Value));

    [Fact]
    public void LinkDisjointRoutes_EqualTheCapacityWithOneTonnePerLink()
    {
        // Menger: with 1 t/yr on every link and no node limits, the corridor capacity counts link-disjoint routes.
        var unit = Baseline.Value with
        {
            Links = [.. Baseline.Value.Links.Select(l => l with { CapacityTonnesPerYear = 1, CapacityTeuPerYear = null })],
            Nodes = [.. Baseline.Value.Nodes.Select(n => n with { CapacityTonnesPerYear = null })],
        };
        var router = new CorridorRouter(unit);

        foreach (var flow in Report.Value.Flows)
        {
            Assert.True(flow.LinkDisjointRoutes >= 1, $"{flow.Flow} has no route");
            Assert.Equal(flow.LinkDisjointRoutes, router.Capacity([flow.Origin], [flow.Destination]).MaxTonnesPerYear);
        }
    }

    [Fact]
    public void SinglePointsOfFailure_ClosedInTheModel_LeaveTheirFlowsWithoutCapacity()
    {
        Assert.NotEmpty(Report.Value.SinglePointsOfFailure);
        foreach (var point in Report.Value.SinglePointsOfFailure)
        {
            var router = new CorridorRouter(Closed(Baseline.Value, point));
            foreach (var flow in Report.Value.Flows.Where(f => point.Flows.Contains(f.Flow)))
            {
                Assert.Throws<NoPathException>(() => router.Capacity([flow.Origin], [flow.Destination]));
            }
        }
    }

    [Fact]
    public void SinglePointsOfFailure_AreRankedAndAddUpTheirFlowsTonnes()
    {
        var failures = Report.Value.SinglePointsOfFailure;
        var tonnes = Report.Value.Flows.ToDictionary(f => f.Flow, f => f.TonnesPerYear);

        Assert.Equal(failures.OrderByDescending(p => p.TonnesPerYearAtRisk).Select(p => p.TonnesPerYearAtRisk), failures.Select(p => p.TonnesPerYearAtRisk));
        Assert.All(failures, p => Assert.Equal(p.Flows.Sum(f => tonnes[f]), p.TonnesPerYearAtRisk, 6));
        // A flow whose routes all pass one node has one node-disjoint route; one whose routes all use one link has one link-disjoint route.
        var byNode = failures.Where(p => p.Kind == NetworkElementKind.Node).SelectMany(p => p.Flows).ToHashSet();
        var byLink = failures.Where(p => p.Kind == NetworkElementKind.Link).SelectMany(p => p.Flows).ToHashSet();
        Assert.All(Report.Value.Flows, f => Assert.Equal(byNode.Contains(f.Flow) || byLink.Contains(f.Flow), f.NodeDisjointRoutes == 1));
        Assert.All(Report.Value.Flows, f => Assert.Equal(byLink.Contains(f.Flow), f.LinkDisjointRoutes == 1));
    }

    [Fact]
    public void WhatIf_ClosingTheTopSinglePointAllHorizon_DeliversNothingForItsFlows()
    {
        var top = Report.Value.SinglePointsOfFailure[0];
        const double horizon = 24 * 45;
        var model = Baseline.Value with
        {
            Experiment = Baseline.Value.Experiment with { HorizonHours = horizon, WarmupHours = 0, Replications = 1 },
            Disruptions = [new Closure { Id = "what-if", Targets = [top.Id], FromHours = 0, ToHours = horizon }],
        };

        var result = ReplicationRunner.Run(CompiledScenario.Compile(model, RouteProviders.Default(model)), 0);

        var stranded = model.Flows.Where(f => top.Flows.Contains(f.Id)).Select(f => (f.Origin, f.Destination)).ToHashSet();
        var delivered = result.Flows.ToLookup(f => stranded.Contains((f.Key.Origin, f.Key.Destination)), f => f.Tonnes);
        Assert.Equal(0, delivered[true].Sum());
        Assert.True(delivered[false].Sum() > 0, "the other flows deliver, so the run itself works");
        Assert.True(result.Conservation.Holds, result.Conservation.ToString());
    }

    // A link closes itself; a node closes every link that enters or leaves it.
    private static ScenarioModel Closed(ScenarioModel model, SinglePointOfFailure point) => model with
    {
        Links = [.. model.Links.Select(l => l.Id == point.Id || l.From == point.Id || l.To == point.Id ? l with { Open = false } : l)],
    };
}
