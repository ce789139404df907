using System.Runtime.CompilerServices;
using Corridors.Graphs.Collections;

namespace Corridors.Graphs.Paths;

/// <summary>
/// Reusable Dijkstra / A* workspace for one graph: one-to-all trees, single-pair searches that stop
/// at the target, and A* with a caller's lower bound. A search allocates nothing; results stay
/// readable until the next search, which resets only the nodes the previous one touched.
/// </summary>
/// <remarks>
/// Weights are one double per edge id, ≥ 0; +∞ closes an edge. Ties are broken deterministically:
/// the frontier pops the smallest (key, node id), out-edges are scanned in increasing edge id, and a
/// node's predecessor changes only on a strict improvement. Not thread-safe: use one per thread.
/// </remarks>
public sealed class DijkstraSearch
{
    private readonly double[] _distance;
    private readonly int[] _predecessor;
    private readonly double[] _bound;
    private readonly int[] _touched;
    private readonly IndexedMinHeap _frontier;
    private int _touchedCount;

    /// <summary>Creates a workspace for <paramref name="graph"/>; O(NodeCount) memory, allocated once.</summary>
    public DijkstraSearch(DirectedGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Graph = graph;
        int n = graph.NodeCount;
        _distance = new double[n];
        _predecessor = new int[n];
        _bound = new double[n];
        _touched = new int[n];
        _frontier = new IndexedMinHeap(n);
        Array.Fill(_distance, double.PositiveInfinity);
        Array.Fill(_predecessor, -1);
    }

    /// <summary>Gets the graph this workspace searches.</summary>
    public DirectedGraph Graph { get; }

    /// <summary>Gets the source of the last search, or -1 before the first.</summary>
    public int Source { get; private set; } = -1;

    /// <summary>Computes shortest distances from <paramref name="source"/> to every node.</summary>
    /// <param name="source">Start node.</param>
    /// <param name="edgeWeights">Weight per edge id, in [0, +∞].</param>
    /// <exception cref="ArgumentException">A weight is negative or NaN, or the span has the wrong length.</exception>
    public void ComputeTree(int source, ReadOnlySpan<double> edgeWeights)
    {
        Graph.CheckNode(source, nameof(source));
        EdgeWeights.Validate(Graph, edgeWeights, nameof(edgeWeights));
        Run(source, -1, edgeWeights, default(NoHeuristic));
    }

    /// <summary>Finds a shortest path from <paramref name="source"/> to <paramref name="target"/>, stopping when it is settled.</summary>
    /// <returns>True when the target is reachable; then <see cref="PathTo"/>(target) is a shortest path.</returns>
    /// <exception cref="ArgumentException">A weight is negative or NaN, or the span has the wrong length.</exception>
    public bool ComputePath(int source, int target, ReadOnlySpan<double> edgeWeights)
    {
        Graph.CheckNode(source, nameof(source));
        Graph.CheckNode(target, nameof(target));
        EdgeWeights.Validate(Graph, edgeWeights, nameof(edgeWeights));
        return Run(source, target, edgeWeights, default(NoHeuristic));
    }

    /// <summary>
    /// A*: like <see cref="ComputePath(int,int,ReadOnlySpan{double})"/> but guided by
    /// <paramref name="heuristic"/>, which must be admissible. A consistent bound expands each node at
    /// most once; a merely admissible one may re-open nodes and is still exact.
    /// </summary>
    /// <exception cref="ArgumentException">A weight or a bound is negative or NaN.</exception>
    public bool ComputePath<THeuristic>(int source, int target, ReadOnlySpan<double> edgeWeights, THeuristic heuristic)
        where THeuristic : INodeHeuristic
    {
        if (heuristic is null)
        {
            throw new ArgumentNullException(nameof(heuristic)); // a pattern test, so struct heuristics are not boxed
        }

        Graph.CheckNode(source, nameof(source));
        Graph.CheckNode(target, nameof(target));
        EdgeWeights.Validate(Graph, edgeWeights, nameof(edgeWeights));
        return Run(source, target, edgeWeights, heuristic);
    }

    /// <summary>
    /// Gets the distance from the last source to <paramref name="node"/>: final when
    /// <see cref="IsSettled"/>, a tentative upper bound otherwise, +∞ when not reached.
    /// </summary>
    public double Distance(int node) => _distance[Graph.CheckNode(node)];

    /// <summary>Gets the edge by which the search reached <paramref name="node"/>, or -1 (source or not reached).</summary>
    public int PredecessorEdge(int node) => _predecessor[Graph.CheckNode(node)];

    /// <summary>Gets whether the last search fixed <paramref name="node"/>'s shortest distance.</summary>
    public bool IsSettled(int node) =>
        _distance[Graph.CheckNode(node)] < double.PositiveInfinity && !_frontier.Contains(node);

    /// <summary>Gets the path the last search found to <paramref name="node"/>, or null if it was not reached.</summary>
    public GraphPath? PathTo(int node) =>
        PredecessorTree.PathTo(Graph, _predecessor, _distance, Graph.CheckNode(node));

    /// <summary>Distances of the last search by node id (+∞ = not reached); valid until the next search.</summary>
    internal double[] Distances => _distance;

    /// <summary>Predecessor edges of the last search by node id (-1 = none); valid until the next search.</summary>
    internal int[] Predecessors => _predecessor;

    /// <summary>The search proper, on validated input; <paramref name="target"/> = -1 searches everything.</summary>
    /// <remarks>Jitted fully optimised at once (as are the heap and max-flow loops): callers that run only a
    /// few queries, like the simulation or `bench routing`, would otherwise run unoptimised tier-0 code.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal bool Run<THeuristic>(int source, int target, ReadOnlySpan<double> weights, THeuristic heuristic)
        where THeuristic : INodeHeuristic
    {
        Reset();
        Source = source;
        bool guided = typeof(THeuristic) != typeof(NoHeuristic);
        double sourceBound = guided ? Bound(heuristic, source) : 0.0;
        if (sourceBound == double.PositiveInfinity)
        {
            return false;
        }

        CompressedAdjacency adjacency = Graph.Out;
        int[] start = adjacency.Start;
        int[] edgeAt = adjacency.Edge;
        int[] neighborAt = adjacency.Neighbor;
        double[] distance = _distance;
        int[] predecessor = _predecessor;
        double[] bound = _bound;
        IndexedMinHeap frontier = _frontier;

        Touch(source, sourceBound);
        distance[source] = 0.0;
        frontier.InsertOrDecrease(source, sourceBound);
        while (frontier.Count > 0)
        {
            int u = frontier.ExtractMin(out _);
            if (u == target)
            {
                return true;
            }

            double du = distance[u];
            for (int slot = start[u], end = start[u + 1]; slot < end; slot++)
            {
                int edge = edgeAt[slot];
                double candidate = du + weights[edge];
                int v = neighborAt[slot];
                double old = distance[v];
                if (candidate >= old)
                {
                    continue; // also skips closed (+∞) edges
                }

                if (old == double.PositiveInfinity)
                {
                    double vBound = guided ? Bound(heuristic, v) : 0.0;
                    if (vBound == double.PositiveInfinity)
                    {
                        continue; // the target cannot be reached through v
                    }

                    Touch(v, vBound);
                }

                distance[v] = candidate;
                predecessor[v] = edge;
                frontier.InsertOrDecrease(v, guided ? candidate + bound[v] : candidate);
            }
        }

        return target < 0;
    }

    private void Touch(int node, double nodeBound)
    {
        _touched[_touchedCount++] = node;
        _bound[node] = nodeBound;
    }

    private static double Bound<THeuristic>(THeuristic heuristic, int node)
        where THeuristic : INodeHeuristic
    {
        double value = heuristic.LowerBound(node);
        if (!(value >= 0.0))
        {
            throw new ArgumentException($"The heuristic gave node {node} the bound {value}; bounds must be ≥ 0.", nameof(heuristic));
        }

        return value;
    }

    private void Reset()
    {
        for (int i = 0; i < _touchedCount; i++)
        {
            int node = _touched[i];
            _distance[node] = double.PositiveInfinity;
            _predecessor[node] = -1;
        }

        _touchedCount = 0;
        _frontier.Clear();
    }
}
