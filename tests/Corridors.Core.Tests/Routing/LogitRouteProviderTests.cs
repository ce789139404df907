using Corridors.Core.Model;
using Corridors.Core.Routing;
using Corridors.Core.Tests.Support;
using Corridors.Core.World;
using static Corridors.Core.Tests.Support.NetworkSpecs;
using static Corridors.Graphs.Tests.Support.Properties;
using Corridors.Testing;

namespace Corridors.Core.Tests.Routing;

public sealed class LogitRouteProviderTests
{
    // a -> b via m1 (10 h), m2 (12 h) or m3 (20 h); routing by time.
    private static ScenarioModel ThreeWays(int k, double logitScale) => new TestModel { Horizon = 1000 }
        .Add(City("a")).Add(City("m1")).Add(City("m2")).Add(City("m3")).Add(City("b"))
        .Link(Link("a", "m1", hours: 4)).Link(Link("m1", "b", hours: 6))
        .Link(Link("a", "m2", hours: 6)).Link(Link("m2", "b", hours: 6))
        .Link(Link("a", "m3", hours: 10)).Link(Link("m3", "b", hours: 10))
        .Flow("a", "b", 1)
        .Build()
        .WithRouting(new CostWeights(1, 0, 0), k, logitScale);

    [Fact]
    public void RoutesFor_WithInfiniteScale_PutsTheWholeFlowOnTheCheapest()
    {
        var model = ThreeWays(k: 3, double.PositiveInfinity);

        var option = Assert.Single(new LogitRouteProvider(model).RoutesFor(model.Flows[0]));

        Assert.Equal(new Route([0, 1, 4], [0, 1]), option.Route);
        Assert.Equal(1, option.Share);
    }

    [Fact]
    public void RoutesFor_WithFiniteScale_SplitsByLogitOnTheKCheapest()
    {
        // θ = ln 3 / 2 per hour: the 12-h route gets e^(−2θ) = 1/3 the weight of the 10-h one, so 3/4 and 1/4.
        var model = ThreeWays(k: 2, Math.Log(3) / 2);

        var options = new LogitRouteProvider(model).RoutesFor(model.Flows[0]);

        Assert.Equal([new Route([0, 1, 4], [0, 1]), new Route([0, 2, 4], [2, 3])], options.Select(o => o.Route));
        Assert.Equal(0.75, options[0].Share, 12);
        Assert.Equal(0.25, options[1].Share, 12);
    }

    [Fact]
    public void ForAll_ManyFlowsSpreadOverCores_GivesEveryFlowTheRoutesAndSharesItGetsAlone()
    {
        // A 24 × 24 grid of roads with seeded times and 1,000 flows between seeded cells: enough flows for every core
        // of a machine up to sixteen to route a block with a router of its own, long enough for the blocks to overlap
        // in time; each flow must come out as routed alone (one search workspace shared between cores would not).
        const int Side = 24;
        var random = new Random(7);
        var grid = new TestModel();
        string Cell(int row, int col) => $"c{row}-{col}";
        for (var row = 0; row < Side; row++)
        {
            for (var col = 0; col < Side; col++)
            {
                grid.Add(City(Cell(row, col)));
            }
        }

        for (var row = 0; row < Side; row++)
        {
            for (var col = 0; col < Side; col++)
            {
                if (col < Side - 1)
                {
                    grid.Link(Link(Cell(row, col), Cell(row, col + 1), hours: random.Next(1, 5)));
                }

                if (row < Side - 1)
                {
                    grid.Link(Link(Cell(row, col), Cell(row + 1, col), hours: random.Next(1, 5)));
                }
            }
        }

        for (var f = 0; f < 1000; f++)
        {
            var from = random.Next(Side * Side);
            var to = (from + 1 + random.Next((Side * Side) - 1)) % (Side * Side);
            grid.Flow(Cell(from / Side, from % Side), Cell(to / Side, to % Side), 1, id: $"f{f}");
        }

        var model = grid.Build().WithRouting(new CostWeights(1, 0, 0), k: 3, logitScale: 0.5);

        var all = new LogitRouteProvider(model).ForAll(model.Flows, candidates: true);

        var alone = new LogitRouteProvider(model);
        Assert.Equal(model.Flows.Count, all.Length);
        for (var f = 0; f < model.Flows.Count; f++)
        {
            var expected = alone.CandidatesFor(model.Flows[f]);
            Assert.Equal(expected.Select(o => o.Route), all[f].Select(o => o.Route));
            Assert.Equal(expected.Select(o => o.Share), all[f].Select(o => o.Share));
        }
    }

    [Fact]
    public void RoutesFor_WithExactlyTiedRoutesAtInfiniteScale_SplitsThemEvenly()
    {
        var model = new TestModel()
            .Add(City("a")).Add(City("m1")).Add(City("m2")).Add(City("b"))
            .Link(Link("a", "m1", hours: 1)).Link(Link("m1", "b", hours: 1)).Link(Link("a", "m2", hours: 1)).Link(Link("m2", "b", hours: 1))
            .Flow("a", "b", 1)
            .Build()
            .WithRouting(new CostWeights(1, 0, 0), k: 5);

        var options = new LogitRouteProvider(model).RoutesFor(model.Flows[0]);

        Assert.Equal([0.5, 0.5], options.Select(o => o.Share));
    }

    [Fact]
    public void RoutesFor_ThreeRoutesAtPointThreePerHour_GivesTheWorkedLogitShares()
    {
        // Costs 10, 12 and 20 h, θ = 0.3/h: weights e^0, e^−0.6, e^−3 relative to the cheapest
        // = 1, 0.548812, 0.049787 (sum 1.598599), so shares 0.625548, 0.343308, 0.031144.
        var model = ThreeWays(k: 3, 0.3);

        var options = new LogitRouteProvider(model).RoutesFor(model.Flows[0]);

        Assert.Equal([new Route([0, 1, 4], [0, 1]), new Route([0, 2, 4], [2, 3]), new Route([0, 3, 4], [4, 5])], options.Select(o => o.Route));
        Assert.Equal(0.625548, options[0].Share, 6);
        Assert.Equal(0.343308, options[1].Share, 6);
        Assert.Equal(0.031144, options[2].Share, 6);
    }

    [Fact]
    public void RoutesFor_OnRandomNetworks_GivesSharesThatSumToOneAndOrderLikeTheCosts() =>
        Check(NetworkCase.Generator(), c =>
        {
            var model = c.Build();
            var router = new CorridorRouter(model);
            var costs = router.RoutesFor(model.Flows[0]).ToDictionary(r => r.Route, r => r.Cost);

            var options = new LogitRouteProvider(router).RoutesFor(model.Flows[0]);

            return options.Count == 0
                ? costs.Count == 0
                : Math.Abs(options.Sum(o => o.Share) - 1) < 1e-12
                    && options.All(a => options.All(b => !(costs[a.Route] < costs[b.Route]) || a.Share >= b.Share));
        });

    [Fact]
    public void Compile_WithAFlowThatHasNoRoute_ThrowsNoRoute()
    {
        var model = new TestModel().Add(City("a")).Add(City("b")).Link(Link("b", "a")).Flow("a", "b", 1).Build();

        Assert.Throws<NoRouteException>(() => CompiledScenario.Compile(model, new LogitRouteProvider(model)));
    }

    [Fact]
    public void Run_WithTheLogitProvider_MovesShipmentsOnlyOnTheRoutesTheRouterReports()
    {
        var model = ThreeWays(k: 2, logitScale: 0.5);
        var reported = new CorridorRouter(model).Routes("a", "b", model.Routing.K);

        var result = ReplicationRunner.Run(CompiledScenario.Compile(model, new LogitRouteProvider(model)), 0);

        Assert.True(result.Conservation.Holds, result.Conservation.ToString());
        var used = result.Links.Where(l => l.Shipments > 0).Select(l => l.Id).Order(StringComparer.Ordinal);
        Assert.Equal(reported.SelectMany(r => r.Links).Order(StringComparer.Ordinal), used);
        Assert.Equal(0, result.Link("a-m3").Shipments);
    }
}
