using Corridors.Graphs.Flows;
using Corridors.Graphs.Paths;
using Corridors.Graphs.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Corridors.Graphs.Tests;

/// <summary>
/// Our algorithms against QuikGraph's, an implementation we did not write, on random multigraphs with
/// parallel arcs, self-loops, zero-weight arcs, closed arcs and unreachable targets. Each property also
/// counts the cases it saw, so a generator that stopped producing one of those shapes fails the test.
/// </summary>
public sealed class QuikGraphDifferentialTests
{
    private const int Cases = 300;

    private static readonly Gen<(GraphCase Graph, int Source, int Target)> Pairs =
        GraphGen.WithPair(GraphGen.Graphs(maxNodes: 8, maxEdges: 18, maxValue: 4, closedPercent: 10));

    [Fact]
    public void Dijkstra_OnRandomMultigraphs_AgreesWithQuikGraph()
    {
        var seen = new Coverage();
        Properties.Check(Pairs, c =>
        {
            var distances = c.Graph.Build().ShortestPathTree(c.Graph.Values, c.Source).Distances.ToArray();
            seen.Add(c.Graph, distances[c.Target]);
            return distances.SequenceEqual(QuikGraphOracle.Distances(c.Graph, c.Source));
        }, Cases);
        seen.AssertSawEveryShape();
    }

    [Fact]
    public void AStar_WithConsistentBound_AgreesWithQuikGraph()
    {
        // h = λ · exact distance to the target is consistent for λ ∈ [0, 1] (+∞ where the target is out of
        // reach); both searches get the same h.
        var cases = from c in Pairs from tenths in Gen.Choose(0, 10) select (c.Graph, c.Source, c.Target, Lambda: tenths / 10.0);
        var seen = new Coverage();
        Properties.Check(cases, c =>
        {
            var toTarget = BruteForce.Distances(Reversed(c.Graph), c.Target);
            double[] bound = [.. toTarget.Select(d => double.IsPositiveInfinity(d) ? d : c.Lambda * d)];
            var ours = c.Graph.Build().ShortestPath(c.Graph.Values, c.Source, c.Target, new TableBound(bound));
            double expected = QuikGraphOracle.AStarDistance(c.Graph, c.Source, c.Target, v => bound[v]);
            seen.Add(c.Graph, ours?.Cost ?? double.PositiveInfinity);
            return (ours?.Cost ?? double.PositiveInfinity) == expected;
        }, Cases);
        seen.AssertSawEveryShape();
    }

    [Fact]
    public void Yen_KPathCostsInOrder_AgreeWithQuikGraph()
    {
        var cases = from c in Pairs where c.Source != c.Target from k in Gen.Choose(1, 6) select (c.Graph, c.Source, c.Target, k);
        var seen = new Coverage();
        Properties.Check(cases, c =>
        {
            var ours = c.Graph.Build().KShortestPaths(c.Graph.Values, c.Source, c.Target, c.k).Select(p => p.Cost).ToArray();
            seen.Add(c.Graph, ours.Length == 0 ? double.PositiveInfinity : ours[0]);
            return ours.SequenceEqual(QuikGraphOracle.KShortestCosts(c.Graph, c.Source, c.Target, c.k));
        }, Cases);
        seen.AssertSawEveryShape();
    }

    [Fact]
    public void MaxFlow_Value_AgreesWithQuikGraphEdmondsKarp()
    {
        var seen = new Coverage();
        // Values are capacities here; +∞ would be an unbounded arc, which neither oracle is meant for, and a
        // closed arc is one of capacity 0.
        var pairs = GraphGen.WithPair(GraphGen.Graphs(maxNodes: 8, maxEdges: 18, maxValue: 4)).Where(c => c.Source != c.Target);
        Properties.Check(pairs, c =>
        {
            double ours = c.Graph.Build().MaxFlow(c.Graph.Values, c.Source, c.Target).Value;
            seen.Add(c.Graph, BruteForce.Distances(c.Graph, c.Source)[c.Target]);
            return ours == QuikGraphOracle.MaxFlow(c.Graph, c.Source, c.Target);
        }, Cases);
        seen.AssertSawEveryShape();
    }

    private readonly struct TableBound(double[] bounds) : INodeHeuristic
    {
        public double LowerBound(int node) => bounds[node];
    }

    private static GraphCase Reversed(GraphCase g) => g with { Edges = [.. g.Edges.Select(e => (e.Target, e.Source, e.Value))] };

    /// <summary>Counts the shapes a property was checked on.</summary>
    private sealed class Coverage
    {
        private int _parallel;
        private int _zero;
        private int _unreachable;

        public void Add(GraphCase g, double distanceToTarget)
        {
            _parallel += g.Edges.GroupBy(e => (e.Source, e.Target)).Any(p => p.Count() > 1) ? 1 : 0;
            _zero += g.Edges.Any(e => e.Value == 0) ? 1 : 0;
            _unreachable += double.IsPositiveInfinity(distanceToTarget) ? 1 : 0;
        }

        public void AssertSawEveryShape()
        {
            Assert.True(_parallel > 0, "no case had parallel arcs");
            Assert.True(_zero > 0, "no case had zero-weight arcs");
            Assert.True(_unreachable > 0, "no case had an unreachable target");
        }
    }
}
