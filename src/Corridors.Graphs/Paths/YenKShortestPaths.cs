using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Corridors.Graphs.Paths;

/// <summary>
/// Yen's k shortest loopless paths, reusable for many queries on one graph.
/// </summary>
/// <remarks>
/// Speed-ups over the textbook form, none of which change the result: one reverse one-to-all search
/// from the target gives exact remaining distances in the unrestricted graph, which are an admissible,
/// consistent A* bound for every spur search (closing edges only lengthens paths) and make spur searches
/// stop early; the first path is read off that reverse tree; spur nodes start at the parent path's
/// deviation node (Lawler); root nodes and used edges are closed by setting weights to +∞ in a private
/// copy and restoring them, so the inner loop has no ban checks. Not thread-safe.
/// </remarks>
public sealed class YenKShortestPaths
{
    private readonly DijkstraSearch _forward;
    private readonly DijkstraSearch _reverse;
    private readonly double[] _work;
    private readonly List<(int Edge, double Weight)> _saved = [];

    /// <summary>Creates a workspace for <paramref name="graph"/>; O(NodeCount + EdgeCount) memory, allocated once.</summary>
    public YenKShortestPaths(DirectedGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Graph = graph;
        _forward = new DijkstraSearch(graph);
        _reverse = new DijkstraSearch(graph.Reversed);
        _work = new double[graph.EdgeCount];
    }

    /// <summary>Gets the graph this workspace searches.</summary>
    public DirectedGraph Graph { get; }

    /// <summary>
    /// Finds up to <paramref name="k"/> distinct loopless paths from <paramref name="source"/> to
    /// <paramref name="target"/> with the smallest costs, cheapest first. Distinct means different edge
    /// sequences (parallel edges give distinct paths). The first is a shortest path. Equal costs are
    /// ordered by node ids, then edge ids, lexicographically; when several paths tie at the k-th cost,
    /// which of them make the cut is fixed by that order among those found, the same on every run.
    /// Fewer than k come back when fewer exist; none when the target is unreachable; source = target
    /// gives the single empty path.
    /// </summary>
    /// <param name="source">Start node.</param>
    /// <param name="target">End node.</param>
    /// <param name="k">Number of paths wanted, ≥ 1.</param>
    /// <param name="edgeWeights">Weight per edge id, in [0, +∞]; +∞ closes an edge.</param>
    /// <exception cref="ArgumentException">A weight is negative or NaN, a node is out of range, or k &lt; 1.</exception>
    public IReadOnlyList<GraphPath> Compute(int source, int target, int k, ReadOnlySpan<double> edgeWeights)
    {
        Graph.CheckNode(source, nameof(source));
        Graph.CheckNode(target, nameof(target));
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        EdgeWeights.Validate(Graph, edgeWeights, nameof(edgeWeights));
        if (source == target)
        {
            return [new GraphPath([source], [], 0.0)];
        }

        _reverse.Run(target, -1, edgeWeights, default(NoHeuristic));
        double[] toTarget = _reverse.Distances;
        if (toTarget[source] == double.PositiveInfinity)
        {
            return [];
        }

        var accepted = new List<YenCandidate> { new(FirstPath(source, edgeWeights), 0) };
        var seen = new HashSet<YenCandidate>(accepted);
        var queue = new PriorityQueue<YenCandidate, YenCandidate>();
        edgeWeights.CopyTo(_work);
        while (accepted.Count < k)
        {
            AddSpurPaths(accepted, seen, queue, new DistanceTableHeuristic(toTarget), edgeWeights);
            if (queue.Count == 0)
            {
                break;
            }

            accepted.Add(queue.Dequeue());
        }

        // Pop order is already by cost; sorting again keeps the promise exact when float sums
        // of equal-cost paths differ in the last bit.
        accepted.Sort();
        return accepted.ConvertAll(c => c.Path);
    }

    private void AddSpurPaths(
        List<YenCandidate> accepted,
        HashSet<YenCandidate> seen,
        PriorityQueue<YenCandidate, YenCandidate> queue,
        DistanceTableHeuristic toTarget,
        ReadOnlySpan<double> weights)
    {
        YenCandidate parent = accepted[^1];
        ImmutableArray<int> nodes = parent.Path.Nodes;
        ImmutableArray<int> edges = parent.Path.Edges;
        int target = nodes[^1];
        int rootMark = _saved.Count;
        for (int j = 0; j < parent.Deviation; j++)
        {
            CloseNode(nodes[j]);
        }

        for (int i = parent.Deviation; i < edges.Length; i++)
        {
            int spurMark = _saved.Count;
            ReadOnlySpan<int> root = edges.AsSpan(0, i);
            foreach (YenCandidate other in accepted)
            {
                ImmutableArray<int> otherEdges = other.Path.Edges;
                if (otherEdges.Length > i && otherEdges.AsSpan(0, i).SequenceEqual(root))
                {
                    CloseEdge(otherEdges[i]);
                }
            }

            if (_forward.Run(nodes[i], target, _work, toTarget))
            {
                var candidate = new YenCandidate(Join(parent.Path, i, _forward, target, weights), i);
                if (seen.Add(candidate))
                {
                    queue.Enqueue(candidate, candidate);
                }
            }

            Restore(spurMark);
            CloseNode(nodes[i]);
        }

        Restore(rootMark);
    }

    /// <summary>Reads a shortest path off the reverse tree: each node's predecessor there is its next edge.</summary>
    private GraphPath FirstPath(int source, ReadOnlySpan<double> weights)
    {
        int[] next = _reverse.Predecessors;
        int[] heads = Graph.EdgeTargets;
        var nodes = new List<int> { source };
        var edges = new List<int>();
        for (int v = source; next[v] >= 0; v = heads[next[v]])
        {
            edges.Add(next[v]);
            nodes.Add(heads[next[v]]);
        }

        return MakePath(nodes.ToArray(), edges.ToArray(), weights);
    }

    /// <summary>Root of <paramref name="parent"/> up to node index <paramref name="i"/>, then the spur search's path.</summary>
    private static GraphPath Join(GraphPath parent, int i, DijkstraSearch spur, int target, ReadOnlySpan<double> weights)
    {
        GraphPath tail = spur.PathTo(target)!;
        int[] nodes = [.. parent.Nodes.AsSpan(0, i), .. tail.Nodes.AsSpan()];
        int[] edges = [.. parent.Edges.AsSpan(0, i), .. tail.Edges.AsSpan()];
        return MakePath(nodes, edges, weights);
    }

    /// <summary>Costs are always summed in travel order from the caller's weights, so equal paths cost the same bits.</summary>
    private static GraphPath MakePath(int[] nodes, int[] edges, ReadOnlySpan<double> weights)
    {
        double cost = 0.0;
        foreach (int edge in edges)
        {
            cost += weights[edge];
        }

        return new GraphPath(
            ImmutableCollectionsMarshal.AsImmutableArray(nodes), ImmutableCollectionsMarshal.AsImmutableArray(edges), cost);
    }

    private void CloseNode(int node)
    {
        foreach (int edge in Graph.In.EdgesOf(node))
        {
            CloseEdge(edge);
        }
    }

    private void CloseEdge(int edge)
    {
        _saved.Add((edge, _work[edge]));
        _work[edge] = double.PositiveInfinity;
    }

    private void Restore(int mark)
    {
        for (int i = _saved.Count - 1; i >= mark; i--)
        {
            (int edge, double weight) = _saved[i];
            _work[edge] = weight;
        }

        _saved.RemoveRange(mark, _saved.Count - mark);
    }
}
