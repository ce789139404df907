using Corridors.Graphs.Paths;
using Corridors.Graphs.Tests.Support;
using FsCheck.Fluent;

namespace Corridors.Graphs.Tests.Paths;

public sealed class DijkstraSearchAStarTests
{
    private readonly struct EuclideanBound(double[] x, double[] y, int target) : INodeHeuristic
    {
        public double LowerBound(int node) => Math.Sqrt(Math.Pow(x[node] - x[target], 2) + Math.Pow(y[node] - y[target], 2));
    }

    private readonly struct TableBound(double[] bounds) : INodeHeuristic
    {
        public double LowerBound(int node) => bounds[node];
    }

    // Nodes at 0:(0,0) 1:(1,0) 2:(2,0) 3:(0,2.5) 4:(3,0); weights ≥ straight-line length, so the bound is admissible.
    // e0: 0->1 (1), e1: 1->2 (1), e2: 2->4 (1), e3: 0->3 (2.5), e4: 3->4 (4). Shortest 0-1-2-4 costs 3.
    // Dijkstra pops 3 at 2.5 < 3; A* gives 3 the key 2.5 + √(9 + 6.25) ≈ 6.4 > 3 and never settles it.
    private static readonly double[] X = [0, 1, 2, 0, 3];
    private static readonly double[] Y = [0, 0, 0, 2.5, 0];
    private static readonly double[] Weights = [1, 1, 1, 2.5, 4];

    private static DirectedGraph Sample() => DijkstraSearchTests.Build(5, [(0, 1), (1, 2), (2, 4), (0, 3), (3, 4)]);

    [Fact]
    public void ComputePath_WithEuclideanBound_FindsShortestPathWithoutSettlingTheDetour()
    {
        var search = new DijkstraSearch(Sample());

        Assert.True(search.ComputePath(0, 4, Weights, new EuclideanBound(X, Y, 4)));

        Assert.Equal([0, 1, 2, 4], search.PathTo(4)!.Nodes.ToArray());
        Assert.Equal(3, search.Distance(4));
        Assert.False(search.IsSettled(3));
    }

    [Fact]
    public void ComputePath_WithoutBound_SettlesTheDetour()
    {
        var search = new DijkstraSearch(Sample());

        search.ComputePath(0, 4, Weights);

        Assert.True(search.IsSettled(3));
    }

    [Fact]
    public void ComputePath_OnReusedWorkspace_AllocatesNothing()
    {
        var search = new DijkstraSearch(Sample());
        var bound = new EuclideanBound(X, Y, 4);
        search.ComputePath(0, 4, Weights, bound);
        search.ComputeTree(0, Weights);

        long before = GC.GetAllocatedBytesForCurrentThread();
        search.ComputePath(0, 4, Weights, bound);
        search.ComputePath(0, 4, Weights);
        search.ComputeTree(0, Weights);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-1.0)]
    public void ComputePath_WithInvalidBound_ThrowsNamingNodeAndValue(double bad)
    {
        var search = new DijkstraSearch(Sample());

        var error = Assert.Throws<ArgumentException>(() => search.ComputePath(0, 4, Weights, new TableBound([0, bad, 0, 0, 0])));

        Assert.Contains($"node 1 the bound {bad}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ComputePath_WithRandomAdmissibleBounds_AgreesWithDijkstra()
    {
        // Bounds are a random fraction of the true remaining distance: admissible but usually
        // inconsistent, so this also exercises re-opening settled nodes.
        var cases =
            from c in GraphGen.WithPair(GraphGen.Graphs(12, 40, 20, closedPercent: 10))
            from fractions in Gen.ArrayOf(Gen.Choose(0, 100), c.Graph.NodeCount)
            select (c.Graph, c.Source, c.Target, fractions);
        Properties.Check(cases, c =>
        {
            var (g, source, target, fractions) = c;
            double[] toTarget = BruteForce.Distances(Reverse(g), target);
            double[] bounds = toTarget.Select((d, v) => d == double.PositiveInfinity ? d : d * fractions[v] / 100.0).ToArray();
            var search = new DijkstraSearch(g.Build());
            bool found = search.ComputePath(source, target, g.Values, new TableBound(bounds));
            return found == (toTarget[source] < double.PositiveInfinity)
                && search.Distance(target) == toTarget[source]
                && (!found || PathChecks.IsValid(g, search.PathTo(target)!, source, target));
        });
    }

    private static GraphCase Reverse(GraphCase g) => g with { Edges = g.Edges.Select(e => (e.Target, e.Source, e.Value)).ToArray() };
}
