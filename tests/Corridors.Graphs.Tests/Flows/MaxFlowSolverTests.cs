using Corridors.Graphs.Flows;
using Corridors.Graphs.Tests.Paths;
using Corridors.Graphs.Tests.Support;
using FsCheck.Fluent;

namespace Corridors.Graphs.Tests.Flows;

public sealed class MaxFlowSolverTests
{
    // e0 0->1 (10), e1 0->2 (10), e2 1->3 (4), e3 2->3 (3), e4 1->2 (2), e5 3->4 (100).
    // By hand: cuts {0}|… = 20, {0,1,2}|{3,4} = 4+3 = 7, {0..3}|{4} = 100, {0,1}|… = 10+4+2 = 16 → max flow 7.
    // 1->3 and 2->3 are saturated; 0->1 and 0->2 are not, so the residual-reachable side is {0,1,2}.
    private static readonly (int, int)[] Edges = [(0, 1), (0, 2), (1, 3), (2, 3), (1, 2), (3, 4)];
    private static readonly double[] Capacities = [10, 10, 4, 3, 2, 100];

    [Fact]
    public void Compute_OnHandWorkedGraph_GivesValueFlowsAndBindingCut()
    {
        var result = DijkstraSearchTests.Build(5, Edges).MaxFlow(Capacities, 0, 4);

        Assert.Equal(7, result.Value);
        Assert.Equal([2, 3], result.CutEdges.ToArray());
        Assert.Equal([true, true, true, false, false], result.SourceSide.ToArray());
        Assert.Equal(4, result.EdgeFlows[2]);
        Assert.Equal(3, result.EdgeFlows[3]);
        Assert.Equal(7, result.EdgeFlows[5]);
        Assert.Equal(7, result.EdgeFlows[0] + result.EdgeFlows[1]);
    }

    [Fact]
    public void Compute_WithNodeSetsAndUnlimitedEdges_AddsUpBothCorridors()
    {
        // Two corridors 0->2->4 (5 then ∞) and 1->3->5 (∞ then 2); sources {0,1}, sinks {4,5}: 5 + 2 = 7,
        // cut = the two finite edges e0 and e3.
        var graph = DijkstraSearchTests.Build(6, [(0, 2), (2, 4), (1, 3), (3, 5)]);
        double inf = double.PositiveInfinity;

        var result = graph.MaxFlow([5, inf, inf, 2], [0, 1], [4, 5]);

        Assert.Equal(7, result.Value);
        Assert.Equal([0, 3], result.CutEdges.ToArray());
    }

    [Fact]
    public void Compute_WithUnlimitedPath_ThrowsUnbounded()
    {
        var graph = DijkstraSearchTests.Build(3, [(0, 1), (1, 2)]);

        var error = Assert.Throws<ArgumentException>(() => graph.MaxFlow([double.PositiveInfinity, double.PositiveInfinity], 0, 2));

        Assert.Contains("unbounded", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_WithDisconnectedSink_GivesZeroAndEmptyCut()
    {
        var result = DijkstraSearchTests.Build(3, [(0, 1)]).MaxFlow([5], 0, 2);

        Assert.Equal(0, result.Value);
        Assert.Empty(result.CutEdges);
    }

    [Fact]
    public void Compute_WithOverlappingSets_ThrowsNamingTheNode()
    {
        var error = Assert.Throws<ArgumentException>(() => DijkstraSearchTests.Build(3, Edges[..1]).MaxFlow([1], [0, 1], [1]));

        Assert.Contains("Node 1 is both a source and a sink", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_WithNegativeCapacity_ThrowsNamingEdgeAndValue()
    {
        double[] capacities = [.. Capacities];
        capacities[3] = -1;

        var error = Assert.Throws<ArgumentException>(() => DijkstraSearchTests.Build(5, Edges).MaxFlow(capacities, 0, 4));

        Assert.Contains("Edge 3 has capacity -1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_OnRandomGraphs_EqualsMinCutAndBruteForceOverAllCuts()
    {
        var cases =
            from g in GraphGen.Graphs(6, 14, 9).Where(g => g.NodeCount >= 2)
            from split in Gen.Choose(1, g.NodeCount - 1)
            from order in Gen.Shuffle(Enumerable.Range(0, g.NodeCount))
            from sourceCount in Gen.Choose(1, split)
            from sinkCount in Gen.Choose(1, g.NodeCount - split)
            select (g, order.Take(sourceCount).ToArray(), order.Skip(split).Take(sinkCount).ToArray());
        Properties.Check(cases, c =>
        {
            var (g, sources, sinks) = c;
            var result = new MaxFlowSolver(g.Build()).Compute(g.Values, sources, sinks);
            double cutCapacity = result.CutEdges.Sum(e => g.Edges[e].Value);
            return result.Value == cutCapacity
                && result.Value == BruteForce.MinCut(g, sources, sinks)
                && result.CutEdges.All(e => result.EdgeFlows[e] == g.Edges[e].Value)
                && FlowChecks.RespectsCapacities(g, result.EdgeFlows)
                && FlowChecks.Conserves(g, result.EdgeFlows, v => sources.Contains(v) || sinks.Contains(v));
        });
    }

    [Fact]
    public void Compute_WithFractionalCapacities_MatchesBruteForceCutWithinRounding()
    {
        // Sevenths are not exact in binary, so this exercises residuals that rounding leaves a hair above zero.
        var cases =
            from g in GraphGen.Graphs(6, 14, 20).Where(g => g.NodeCount >= 2)
            select g with { Edges = g.Edges.Select(e => (e.Source, e.Target, e.Value / 7)).ToArray() };
        Properties.Check(cases, g =>
        {
            var result = new MaxFlowSolver(g.Build()).Compute(g.Values, [0], [g.NodeCount - 1]);
            return Math.Abs(result.Value - BruteForce.MinCut(g, [0], [g.NodeCount - 1])) < 1e-9;
        });
    }

    [Fact]
    public void Compute_WithReusedSolver_GivesTheSameAnswerAsAFreshOne()
    {
        var cases =
            from g in GraphGen.Graphs(8, 20, 9).Where(g => g.NodeCount >= 2)
            from sinks in Gen.ArrayOf(Gen.Choose(1, g.NodeCount - 1), 3)
            select (g, sinks);
        Properties.Check(cases, c =>
        {
            var (g, sinks) = c;
            var graph = g.Build();
            var reused = new MaxFlowSolver(graph);
            return sinks.All(t =>
            {
                var again = reused.Compute(g.Values, [0], [t]);
                var fresh = new MaxFlowSolver(graph).Compute(g.Values, [0], [t]);
                return again.Value == fresh.Value
                    && again.EdgeFlows.SequenceEqual(fresh.EdgeFlows)
                    && again.CutEdges.SequenceEqual(fresh.CutEdges);
            });
        }, tests: 100);
    }
}
