using Corridors.Graphs.Flows;
using Corridors.Graphs.Tests.Paths;
using Corridors.Graphs.Tests.Support;
using FsCheck.Fluent;

namespace Corridors.Graphs.Tests.Flows;

public sealed class MinCostFlowSolverTests
{
    // e0 0->1 (cap 2, cost 1), e1 1->3 (2, 1), e2 0->2 (3, 2), e3 2->3 (3, 2), e4 1->2 (1, 0).
    // Unit routes: 0-1-3 costs 2, 0-1-2-3 costs 3, 0-2-3 costs 4; 0->1 (cap 2) is shared by the first two.
    // Demand 4 by hand: 2 × (0-1-3) + 2 × (0-2-3) = 4 + 8 = 12. Max flow is 5 (cut {0}: 2 + 3).
    private static readonly (int, int)[] Edges = [(0, 1), (1, 3), (0, 2), (2, 3), (1, 2)];
    private static readonly double[] Capacities = [2, 2, 3, 3, 1];
    private static readonly double[] Costs = [1, 1, 2, 2, 0];

    [Fact]
    public void Compute_WhenDemandFits_ShipsItAtHandWorkedMinimumCost()
    {
        var result = DijkstraSearchTests.Build(4, Edges).MinCostFlow(Capacities, Costs, 0, 3, 4);

        Assert.Equal(12, result.Cost);
        Assert.Equal([2, 2, 2, 2, 0], result.EdgeFlows.ToArray());
        Assert.Equal(4, result.Delivered);
        Assert.Equal(0, result.UnmetDemand);
    }

    [Fact]
    public void Compute_WhenDemandExceedsCapacity_ShipsMaximumAndReportsUnmet()
    {
        // Demand 6 > max flow 5: 2 × (0-1-3) + 3 × (0-2-3) = 4 + 12 = 16, 1 unmet.
        var result = DijkstraSearchTests.Build(4, Edges).MinCostFlow(Capacities, Costs, 0, 3, 6);

        Assert.Equal(5, result.Delivered);
        Assert.Equal(1, result.UnmetDemand);
        Assert.Equal(16, result.Cost);
    }

    [Fact]
    public void Compute_WhenFirstPathBlocksSecond_CancelsFlowOnTheSharedEdge()
    {
        // e0 0->1 (1,1), e1 1->2 (1,1), e2 2->3 (1,1), e3 0->2 (1,3), e4 1->3 (1,3); demand 2.
        // First path 0-1-2-3 costs 3; the second must push back along 1->2: 0-2-(back 2->1)-1-3 = 3 - 1 + 3 = 5.
        // Total 8 = 0-1-3 (4) + 0-2-3 (4), and 1->2 ends with no flow.
        var graph = DijkstraSearchTests.Build(4, [(0, 1), (1, 2), (2, 3), (0, 2), (1, 3)]);

        var result = graph.MinCostFlow([1, 1, 1, 1, 1], [1, 1, 1, 3, 3], 0, 3, 2);

        Assert.Equal(8, result.Cost);
        Assert.Equal([1, 0, 1, 1, 1], result.EdgeFlows.ToArray());
    }

    [Fact]
    public void Compute_WithSuppliesAndDemands_ServesEachDemandFromTheCheapestSupply()
    {
        // Supplies: node 0 has 3, node 1 has 2; demands: node 2 wants 4. Edges e0 0->2 (cap 5, cost 5),
        // e1 1->2 (cap 5, cost 1). Cheapest: all 2 from node 1 (2), then 2 from node 0 (10) → 12.
        var graph = DijkstraSearchTests.Build(3, [(0, 2), (1, 2)]);

        var result = graph.MinCostFlow([5, 5], [5, 1], [3, 2, -4]);

        Assert.Equal([2, 2], result.EdgeFlows.ToArray());
        Assert.Equal(12, result.Cost);
        Assert.Equal(4, result.TotalDemand);
    }

    [Fact]
    public void Compute_WithNegativeCost_ThrowsNamingEdgeAndValue()
    {
        double[] costs = [.. Costs];
        costs[1] = -3;

        var error = Assert.Throws<ArgumentException>(() => DijkstraSearchTests.Build(4, Edges).MinCostFlow(Capacities, costs, 0, 3, 1));

        Assert.Contains("Edge 1 has cost -3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_WithNaNDemand_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DijkstraSearchTests.Build(4, Edges).MinCostFlow(Capacities, Costs, 0, 3, double.NaN));

    [Fact]
    public void Compute_OnTinyRandomGraphs_IsFeasibleAndNoDearerThanAnyEnumeratedFlow()
    {
        var cases =
            from c in GraphGen.WithPair(GraphGen.Graphs(4, 6, 2).Where(g => g.NodeCount >= 2))
            where c.Source != c.Target
            from costs in Gen.ArrayOf(Gen.Choose(0, 5), c.Graph.EdgeCount)
            from demand in Gen.Choose(0, 5)
            select (c.Graph, c.Source, c.Target, costs.Select(x => (double)x).ToArray(), demand);
        Properties.Check(cases, c =>
        {
            var (g, source, sink, costs, demand) = c;
            var result = new MinCostFlowSolver(g.Build()).Compute(g.Values, costs, source, sink, demand);
            var (bestAmount, bestCost) = BruteForce.MinCostFlow(g, costs, source, sink, demand);
            return FlowChecks.RespectsCapacities(g, result.EdgeFlows)
                && FlowChecks.Conserves(g, result.EdgeFlows, v => v == source || v == sink, out double[] net)
                && net[source] == result.Delivered
                && result.Delivered == bestAmount
                && result.UnmetDemand == demand - bestAmount
                && result.Cost == bestCost;
        });
    }

    [Fact]
    public void Compute_WithReusedSolver_GivesTheSameAnswerAsAFreshOne()
    {
        var cases =
            from g in GraphGen.Graphs(6, 12, 4).Where(g => g.NodeCount >= 2)
            from costs in Gen.ArrayOf(Gen.Choose(0, 5), g.EdgeCount)
            from demands in Gen.ArrayOf(Gen.Choose(0, 6), 3)
            select (g, costs.Select(x => (double)x).ToArray(), demands);
        Properties.Check(cases, c =>
        {
            var (g, costs, demands) = c;
            var graph = g.Build();
            var reused = new MinCostFlowSolver(graph);
            return demands.All(d =>
            {
                var again = reused.Compute(g.Values, costs, 0, g.NodeCount - 1, d);
                var fresh = new MinCostFlowSolver(graph).Compute(g.Values, costs, 0, g.NodeCount - 1, d);
                return again.Cost == fresh.Cost && again.EdgeFlows.SequenceEqual(fresh.EdgeFlows);
            });
        }, tests: 100);
    }
}
