using Corridors.Graphs.Paths;
using Corridors.Graphs.Tests.Support;

namespace Corridors.Graphs.Tests.Paths;

public sealed class DijkstraSearchTests
{
    // e0: 0->1 (4), e1: 0->2 (1), e2: 2->1 (2), e3: 1->3 (1), e4: 2->3 (5), e5: 3->4 (3); node 5 isolated.
    // By hand: d(0)=0, d(2)=1, d(1)=min(4, 1+2)=3, d(3)=min(3+1, 1+5)=4, d(4)=4+3=7, d(5)=+∞.
    private static readonly (int, int)[] SampleEdges = [(0, 1), (0, 2), (2, 1), (1, 3), (2, 3), (3, 4)];
    private static readonly double[] SampleWeights = [4, 1, 2, 1, 5, 3];

    internal static DirectedGraph Build(int nodeCount, (int Source, int Target)[] edges)
    {
        var builder = new DirectedGraphBuilder(nodeCount);
        foreach (var (s, t) in edges)
        {
            builder.AddEdge(s, t);
        }

        return builder.Build();
    }

    [Fact]
    public void ComputeTree_OnHandWorkedGraph_GivesExactDistancesAndTree()
    {
        var search = new DijkstraSearch(Build(6, SampleEdges));

        search.ComputeTree(0, SampleWeights);

        Assert.Equal([0, 3, 1, 4, 7, double.PositiveInfinity], Enumerable.Range(0, 6).Select(search.Distance));
        Assert.Equal([-1, 2, 1, 3, 5, -1], Enumerable.Range(0, 6).Select(search.PredecessorEdge));
        Assert.Null(search.PathTo(5));
        Assert.False(search.IsSettled(5));
    }

    [Fact]
    public void ComputePath_OnHandWorkedGraph_ReturnsNodesEdgesAndCost()
    {
        var search = new DijkstraSearch(Build(6, SampleEdges));

        Assert.True(search.ComputePath(0, 4, SampleWeights));
        var path = search.PathTo(4)!;

        Assert.Equal([0, 2, 1, 3, 4], path.Nodes.ToArray());
        Assert.Equal([1, 2, 3, 5], path.Edges.ToArray());
        Assert.Equal(7, path.Cost);
        Assert.Equal("0 -e1-> 2 -e2-> 1 -e3-> 3 -e5-> 4 (cost 7)", path.ToString());
    }

    [Fact]
    public void ComputePath_WithClosedEdge_RoutesAroundIt()
    {
        // Closing e2 (2->1): d(1)=4 via e0, d(3)=min(4+1, 1+5)=5 via e3, d(4)=8.
        double[] weights = [.. SampleWeights];
        weights[2] = double.PositiveInfinity;

        var path = Build(6, SampleEdges).ShortestPath(weights, 0, 4)!;

        Assert.Equal([0, 3, 5], path.Edges.ToArray());
        Assert.Equal(8, path.Cost);
    }

    [Fact]
    public void ComputePath_ToUnreachableNode_ReturnsFalse()
    {
        var search = new DijkstraSearch(Build(6, SampleEdges));

        Assert.False(search.ComputePath(4, 0, SampleWeights));
        Assert.Null(search.PathTo(0));
        Assert.Equal(double.PositiveInfinity, search.Distance(0));
    }

    [Fact]
    public void ComputePath_WithEqualCostPaths_PrefersLowerNodeIdThenLowerEdgeId()
    {
        // e0: 0->2, e1: 0->1, e2: 2->3, e3: 1->3, all weight 1. Both routes cost 2; nodes 1 and 2 tie at
        // distance 1, node 1 pops first (lower id) and reaches 3 by e3; e2 later only ties, so it loses.
        var graph = Build(4, [(0, 2), (0, 1), (2, 3), (1, 3)]);

        var path = graph.ShortestPath([1, 1, 1, 1], 0, 3)!;

        Assert.Equal([0, 1, 3], path.Nodes.ToArray());
    }

    [Fact]
    public void ComputePath_WhenSourceIsTarget_ReturnsEmptyPath()
    {
        var path = Build(6, SampleEdges).ShortestPath(SampleWeights, 3, 3)!;

        Assert.Equal([3], path.Nodes.ToArray());
        Assert.Empty(path.Edges);
        Assert.Equal(0, path.Cost);
    }

    [Fact]
    public void ComputePath_AfterEarlierSearch_ForgetsEarlierResults()
    {
        var search = new DijkstraSearch(Build(6, SampleEdges));
        search.ComputeTree(0, SampleWeights);

        search.ComputePath(3, 4, SampleWeights);

        Assert.Equal(double.PositiveInfinity, search.Distance(0));
        Assert.Equal(-1, search.PredecessorEdge(1));
        Assert.Equal(3, search.Distance(4));
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void ComputeTree_WithInvalidWeight_ThrowsNamingEdgeAndValue(double bad)
    {
        double[] weights = [.. SampleWeights];
        weights[4] = bad;
        var search = new DijkstraSearch(Build(6, SampleEdges));

        var error = Assert.Throws<ArgumentException>(() => search.ComputeTree(0, weights));

        Assert.Contains($"Edge 4 has weight {bad}", error.Message, StringComparison.Ordinal);
        Assert.Equal("edgeWeights", error.ParamName);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-1e-300)]
    public void ComputeTree_WithInvalidWeightDeepInLongArray_ThrowsNamingFirstBadEdge(double bad)
    {
        // Long enough for the vectorised range check; the bad values sit past the first vector blocks.
        var edges = Enumerable.Range(0, 200).Select(i => (i % 50, (i + 1) % 50)).ToArray();
        var weights = Enumerable.Repeat(1.0, 200).ToArray();
        weights[137] = bad;
        weights[190] = bad;

        var error = Assert.Throws<ArgumentException>(() => new DijkstraSearch(Build(50, edges)).ComputeTree(0, weights));

        Assert.Contains("Edge 137 has weight", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ComputeTree_WithTooFewWeights_Throws()
    {
        var search = new DijkstraSearch(Build(6, SampleEdges));

        var error = Assert.Throws<ArgumentException>(() => search.ComputeTree(0, [1, 2]));

        Assert.Contains("one weight per edge (6), got 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ComputePath_WithTargetOutOfRange_ThrowsNamingTheNode()
    {
        var search = new DijkstraSearch(Build(6, SampleEdges));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => search.ComputePath(0, 9, SampleWeights));

        Assert.Equal("target", error.ParamName);
        Assert.Contains("Node 9 is not in the graph (0..5)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ComputeTree_OnRandomGraphs_AgreesWithBellmanFord() =>
        Properties.Check(GraphGen.WithPair(GraphGen.Graphs(12, 40, 20, closedPercent: 10)), c =>
        {
            var (g, source, _) = c;
            var search = new DijkstraSearch(g.Build());
            search.ComputeTree(source, g.Values);
            double[] expected = BruteForce.Distances(g, source);
            return Enumerable.Range(0, g.NodeCount).All(v =>
                search.Distance(v) == expected[v] && TreeEdgeIsTight(g, search, v));
        });

    [Fact]
    public void ComputePath_OnRandomGraphs_AgreesWithBellmanFordAndReturnsValidPath() =>
        Properties.Check(GraphGen.WithPair(GraphGen.Graphs(12, 40, 20, closedPercent: 10)), c =>
        {
            var (g, source, target) = c;
            var search = new DijkstraSearch(g.Build());
            bool found = search.ComputePath(source, target, g.Values);
            double expected = BruteForce.Distances(g, source)[target];
            var path = search.PathTo(target);
            return found == (expected < double.PositiveInfinity)
                && (!found || (path!.Cost == expected && PathChecks.IsValid(g, path, source, target)));
        });

    private static bool TreeEdgeIsTight(GraphCase g, DijkstraSearch search, int v)
    {
        int e = search.PredecessorEdge(v);
        return e < 0
            ? v == search.Source || search.Distance(v) == double.PositiveInfinity
            : g.Edges[e].Target == v && search.Distance(v) == search.Distance(g.Edges[e].Source) + g.Edges[e].Value;
    }
}
