using QuikGraph;
using QuikGraph.Algorithms.MaximumFlow;
using QuikGraph.Algorithms.ShortestPath;

namespace Corridors.Graphs.Tests.Support;

/// <summary>
/// QuikGraph's algorithms on a <see cref="GraphCase"/>, as independent oracles. Edges of value +∞ are
/// closed, so they are left out. Where QuikGraph needs a simpler graph than ours, the case is rewritten
/// into an equivalent one and the reason is given.
/// </summary>
public static class QuikGraphOracle
{
    /// <summary>Gets the shortest distance from <paramref name="source"/> to every node (+∞ when unreachable), by <see cref="DijkstraShortestPathAlgorithm{TVertex, TEdge}"/>.</summary>
    public static double[] Distances(GraphCase g, int source)
    {
        var dijkstra = new DijkstraShortestPathAlgorithm<int, TaggedEdge<int, double>>(Multigraph(g), e => e.Tag);
        dijkstra.Compute(source);
        return Read(g.NodeCount, dijkstra.TryGetDistance);
    }

    /// <summary>Gets the shortest distance from <paramref name="source"/> to <paramref name="target"/> by <see cref="AStarShortestPathAlgorithm{TVertex, TEdge}"/> with <paramref name="heuristic"/>.</summary>
    public static double AStarDistance(GraphCase g, int source, int target, Func<int, double> heuristic)
    {
        var astar = new AStarShortestPathAlgorithm<int, TaggedEdge<int, double>>(Multigraph(g), e => e.Tag, v => heuristic(v));
        astar.Compute(source);
        return Read(g.NodeCount, astar.TryGetDistance)[target];
    }

    /// <summary>
    /// Gets the costs of the <paramref name="k"/> cheapest loopless paths by <see cref="YenShortestPathsAlgorithm{TVertex}"/>.
    /// QuikGraph's Yen compares edges by their end vertices and weight, so parallel edges of equal weight
    /// are one edge to it (and a path over either counts once); every edge is therefore split by a vertex
    /// of its own. Loopless paths of the split graph are exactly those of the original, with equal costs.
    /// </summary>
    public static double[] KShortestCosts(GraphCase g, int source, int target, int k)
    {
        var split = new AdjacencyGraph<int, EquatableTaggedEdge<int, double>>(allowParallelEdges: false);
        split.AddVertexRange(Enumerable.Range(0, g.NodeCount + g.EdgeCount));
        foreach (var (e, (from, to, weight)) in Open(g))
        {
            split.AddEdge(new EquatableTaggedEdge<int, double>(from, g.NodeCount + e, weight));
            split.AddEdge(new EquatableTaggedEdge<int, double>(g.NodeCount + e, to, 0));
        }

        try
        {
            var yen = new YenShortestPathsAlgorithm<int>(split, source, target, k, e => e.Tag);
            return [.. yen.Execute().Select(path => path.Sum(e => e.Tag))];
        }
        catch (NoPathFoundException)
        {
            return [];
        }
    }

    /// <summary>
    /// Gets the maximum flow value by <see cref="EdmondsKarpMaximumFlowAlgorithm{TVertex, TEdge}"/>. QuikGraph
    /// takes any edge already running the other way as an edge's residual twin, so two parallel edges would
    /// share one twin that is paired back with only one of them; rather than rely on that bookkeeping,
    /// parallel edges are merged with their capacities summed and self-loops dropped (the maximum flow is
    /// unchanged). Antiparallel pairs are proper twins. (Unmerged, 300 cases also agreed; merged is what
    /// the algorithm is written for.)
    /// </summary>
    public static double MaxFlow(GraphCase g, int source, int sink)
    {
        var merged = Open(g).Where(p => p.Edge.Source != p.Edge.Target)
            .GroupBy(p => (p.Edge.Source, p.Edge.Target), p => p.Edge.Value)
            .Select(group => new TaggedEdge<int, double>(group.Key.Source, group.Key.Target, group.Sum()));
        var network = new AdjacencyGraph<int, TaggedEdge<int, double>>(allowParallelEdges: false);
        network.AddVertexRange(Enumerable.Range(0, g.NodeCount));
        network.AddEdgeRange(merged);
        static TaggedEdge<int, double> Twin(int from, int to) => new(from, to, 0);
        var twins = new ReversedEdgeAugmentorAlgorithm<int, TaggedEdge<int, double>>(network, Twin);
        twins.AddReversedEdges();
        return new EdmondsKarpMaximumFlowAlgorithm<int, TaggedEdge<int, double>>(network, e => e.Tag, Twin, twins).Compute(source, sink);
    }

    private static BidirectionalGraph<int, TaggedEdge<int, double>> Multigraph(GraphCase g)
    {
        var graph = new BidirectionalGraph<int, TaggedEdge<int, double>>(allowParallelEdges: true);
        graph.AddVertexRange(Enumerable.Range(0, g.NodeCount));
        graph.AddEdgeRange(Open(g).Select(p => new TaggedEdge<int, double>(p.Edge.Source, p.Edge.Target, p.Edge.Value)));
        return graph;
    }

    private static IEnumerable<(int Id, (int Source, int Target, double Value) Edge)> Open(GraphCase g) =>
        g.Edges.Select((edge, id) => (id, edge)).Where(p => double.IsFinite(p.edge.Value));

    private delegate bool TryDistance(int vertex, out double distance);

    private static double[] Read(int nodeCount, TryDistance tryGet) =>
        [.. Enumerable.Range(0, nodeCount).Select(v => tryGet(v, out double d) && d < double.MaxValue ? d : double.PositiveInfinity)];
}
