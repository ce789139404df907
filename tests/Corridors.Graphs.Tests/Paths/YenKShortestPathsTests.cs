using Corridors.Graphs.Paths;
using Corridors.Graphs.Tests.Support;
using FsCheck.Fluent;

namespace Corridors.Graphs.Tests.Paths;

public sealed class YenKShortestPathsTests
{
    // C=0 D=1 E=2 F=3 G=4 H=5.
    // e0 C->D 3, e1 C->E 2, e2 D->F 4, e3 E->D 1, e4 E->F 2, e5 E->G 3, e6 F->G 2, e7 F->H 1, e8 G->H 2.
    // All loopless C->H paths by hand: CEFH 2+2+1=5, CEGH 2+3+2=7, CDFH 3+4+1=8, CEDFH 2+1+4+1=8,
    // CEFGH 2+2+2+2=8, CDFGH 3+4+2+2=11, CEDFGH 2+1+4+2+2=11 — seven in all.
    private static readonly (int, int)[] Edges = [(0, 1), (0, 2), (1, 3), (2, 1), (2, 3), (2, 4), (3, 4), (3, 5), (4, 5)];
    private static readonly double[] Weights = [3, 2, 4, 1, 2, 3, 2, 1, 2];

    private static YenKShortestPaths Sample() => new(DijkstraSearchTests.Build(6, Edges));

    [Fact]
    public void Compute_OnHandWorkedGraph_ReturnsAllPathsInCostThenNodeOrder()
    {
        var paths = Sample().Compute(0, 5, 10, Weights);

        Assert.Equal(
            [
                "0,2,3,5", "0,2,4,5", "0,1,3,5", "0,2,1,3,5", "0,2,3,4,5", "0,1,3,4,5", "0,2,1,3,4,5",
            ],
            paths.Select(p => string.Join(',', p.Nodes)));
        Assert.Equal([5, 7, 8, 8, 8, 11, 11], paths.Select(p => p.Cost));
        Assert.Equal([1, 4, 7], paths[0].Edges.ToArray());
    }

    [Fact]
    public void Compute_WithSmallK_ReturnsTheCheapestK()
    {
        var paths = Sample().Compute(0, 5, 2, Weights);

        Assert.Equal(["0,2,3,5", "0,2,4,5"], paths.Select(p => string.Join(',', p.Nodes)));
    }

    [Fact]
    public void Compute_WithClosedEdge_SkipsPathsThroughIt()
    {
        // Closing e4 (E->F) removes CEFH and CEFGH: 7, 8, 8, 11, 11 remain.
        double[] weights = [.. Weights];
        weights[4] = double.PositiveInfinity;

        var paths = Sample().Compute(0, 5, 10, weights);

        Assert.Equal([7, 8, 8, 11, 11], paths.Select(p => p.Cost));
    }

    [Fact]
    public void Compute_WithParallelEdges_CountsThemAsDistinctPaths()
    {
        // e0 and e1 both 0->1 (costs 2 and 3), e2 1->2 (1): two paths, 3 and 4.
        var graph = DijkstraSearchTests.Build(3, [(0, 1), (0, 1), (1, 2)]);

        var paths = graph.KShortestPaths([2, 3, 1], 0, 2, 5);

        Assert.Equal([[0, 2], [1, 2]], paths.Select(p => p.Edges.ToArray()));
    }

    [Fact]
    public void Compute_ToUnreachableTarget_ReturnsNoPaths() =>
        Assert.Empty(Sample().Compute(5, 0, 3, Weights));

    [Fact]
    public void Compute_WhenSourceIsTarget_ReturnsTheEmptyPath()
    {
        var path = Assert.Single(Sample().Compute(2, 2, 3, Weights));

        Assert.Equal([2], path.Nodes.ToArray());
        Assert.Equal(0, path.Cost);
    }

    [Fact]
    public void Compute_WithKBelowOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Sample().Compute(0, 5, 0, Weights));

    [Fact]
    public void Compute_WithNegativeWeight_ThrowsNamingEdgeAndValue()
    {
        double[] weights = [.. Weights];
        weights[6] = -2;

        var error = Assert.Throws<ArgumentException>(() => Sample().Compute(0, 5, 3, weights));

        Assert.Contains("Edge 6 has weight -2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_OnRandomGraphs_MatchesBruteForceEnumeration()
    {
        var cases =
            from c in GraphGen.WithPair(GraphGen.Graphs(7, 16, 6, closedPercent: 10))
            from k in Gen.Choose(1, 12)
            select (c.Graph, c.Source, c.Target, k);
        Properties.Check(cases, c =>
        {
            var (g, source, target, k) = c;
            var paths = new YenKShortestPaths(g.Build()).Compute(source, target, k, g.Values);
            var all = BruteForce.SimplePaths(g, source, target);
            double[] expectedCosts = all.Select(p => p.Cost).Order().Take(k).ToArray();
            double shortest = BruteForce.Distances(g, source)[target];
            return paths.Select(p => p.Cost).SequenceEqual(expectedCosts)
                && paths.All(p => PathChecks.IsValid(g, p, source, target) && PathChecks.IsLoopless(p))
                && paths.Select(p => string.Join(',', p.Edges)).Distinct().Count() == paths.Count
                && paths.Zip(paths.Skip(1)).All(pair => pair.First.Cost <= pair.Second.Cost)
                && (paths.Count == 0 || paths[0].Cost == shortest);
        });
    }

    [Fact]
    public void Compute_WithReusedWorkspace_GivesTheSameAnswerAsAFreshOne()
    {
        var cases =
            from g in GraphGen.Graphs(10, 30, 4)
            from pairs in Gen.ArrayOf(Gen.Two(Gen.Choose(0, g.NodeCount - 1)), 4)
            select (g, pairs);
        Properties.Check(cases, c =>
        {
            var (g, pairs) = c;
            var graph = g.Build();
            var reused = new YenKShortestPaths(graph);
            return pairs.All(p =>
                Describe(reused.Compute(p.Item1, p.Item2, 6, g.Values))
                == Describe(new YenKShortestPaths(graph).Compute(p.Item1, p.Item2, 6, g.Values)));
        }, tests: 100);
    }

    private static string Describe(IReadOnlyList<GraphPath> paths) => string.Join(" | ", paths);
}
