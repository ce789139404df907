namespace Corridors.Graphs.Paths;

/// <summary>
/// One-call forms of the path algorithms. Each call allocates a workspace; for many queries on one
/// graph keep a <see cref="DijkstraSearch"/> or <see cref="YenKShortestPaths"/> instead.
/// </summary>
public static class PathExtensions
{
    /// <summary>Shortest distances and paths from <paramref name="source"/> to every node.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="edgeWeights">Weight per edge id, in [0, +∞]; +∞ closes an edge.</param>
    /// <param name="source">Start node.</param>
    public static ShortestPathTree ShortestPathTree(this DirectedGraph graph, ReadOnlySpan<double> edgeWeights, int source)
    {
        var search = new DijkstraSearch(graph);
        search.ComputeTree(source, edgeWeights);
        return new ShortestPathTree(graph, source, search.Distances, search.Predecessors);
    }

    /// <summary>A shortest path from <paramref name="source"/> to <paramref name="target"/>, or null if there is none.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="edgeWeights">Weight per edge id, in [0, +∞]; +∞ closes an edge.</param>
    /// <param name="source">Start node.</param>
    /// <param name="target">End node.</param>
    public static GraphPath? ShortestPath(this DirectedGraph graph, ReadOnlySpan<double> edgeWeights, int source, int target)
    {
        var search = new DijkstraSearch(graph);
        return search.ComputePath(source, target, edgeWeights) ? search.PathTo(target) : null;
    }

    /// <summary>A*: a shortest path guided by an admissible <paramref name="heuristic"/>, or null if there is none.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="edgeWeights">Weight per edge id, in [0, +∞]; +∞ closes an edge.</param>
    /// <param name="source">Start node.</param>
    /// <param name="target">End node.</param>
    /// <param name="heuristic">Lower bound on the remaining cost to <paramref name="target"/>.</param>
    public static GraphPath? ShortestPath<THeuristic>(
        this DirectedGraph graph, ReadOnlySpan<double> edgeWeights, int source, int target, THeuristic heuristic)
        where THeuristic : INodeHeuristic
    {
        var search = new DijkstraSearch(graph);
        return search.ComputePath(source, target, edgeWeights, heuristic) ? search.PathTo(target) : null;
    }

    /// <summary>Up to <paramref name="k"/> cheapest loopless paths, cheapest first (see <see cref="YenKShortestPaths.Compute"/>).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="edgeWeights">Weight per edge id, in [0, +∞]; +∞ closes an edge.</param>
    /// <param name="source">Start node.</param>
    /// <param name="target">End node.</param>
    /// <param name="k">Number of paths wanted, ≥ 1.</param>
    public static IReadOnlyList<GraphPath> KShortestPaths(
        this DirectedGraph graph, ReadOnlySpan<double> edgeWeights, int source, int target, int k) =>
        new YenKShortestPaths(graph).Compute(source, target, k, edgeWeights);
}
