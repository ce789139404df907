using System.Runtime.InteropServices;
using Corridors.Graphs.Paths;

namespace Corridors.Core.Routing.Network;

/// <summary>
/// The k cheapest routes between two model nodes that visit every model node at most once. Reusable;
/// not thread-safe (it keeps the engine's workspaces).
/// </summary>
/// <remarks>
/// Paths that are loopless in the expanded graph may still come back to a model node on another layer
/// (leave by road, return by rail). So this is Yen's algorithm at model level, run on the expanded
/// graph with the engine's <see cref="DijkstraSearch"/>: for each spur, every node of the root, and the
/// spur node itself, is closed to re-entry by setting the weights of the links entering it (in any layer)
/// to +∞; movement inside the spur node stays open. Spur searches are A* guided by the exact remaining
/// cost of the unrestricted network (one reverse search per query). When a spur's cheapest path itself
/// returns to a node — only when a detour through some node is the cheapest way to change layer — the
/// cheapest loopless completion is found by asking the engine's <see cref="YenKShortestPaths"/> for up to
/// <see cref="MaxSpurPaths"/> paths of that spur. For k = 1, one A* search with
/// <see cref="GreatCircleBound"/> comes first and suffices when its path is loopless. If no loopless route
/// exists but a path does, the cheapest expanded paths are returned as they are.
/// </remarks>
internal sealed class RouteSearch
{
    /// <summary>The most paths one spur is enumerated for when its cheapest path revisits a node.</summary>
    public const int MaxSpurPaths = 64;

    private readonly MultimodalNetwork _network;
    private readonly DijkstraSearch _forward;
    private readonly DijkstraSearch _reverse;
    private readonly YenKShortestPaths _yen;
    private readonly int[][] _entering;
    private readonly double[] _work;
    private readonly List<(int Edge, double Weight)> _closed = [];
    private readonly bool[] _visited;

    public RouteSearch(MultimodalNetwork network)
    {
        _network = network;
        var graph = network.Graph;
        _forward = new DijkstraSearch(graph);
        _reverse = new DijkstraSearch(graph.Reversed);
        _yen = new YenKShortestPaths(graph);
        _work = new double[graph.EdgeCount];
        _visited = new bool[network.Model.Nodes.Count];
        var entering = Enumerable.Range(0, network.Model.Nodes.Count).Select(_ => new List<int>()).ToArray();
        for (int e = 0; e < graph.EdgeCount; e++)
        {
            if (network.EdgeLink[e] >= 0)
            {
                entering[network.VertexNode[graph.Target(e)]].Add(e);
            }
        }

        _entering = [.. entering.Select(list => list.ToArray())];
    }

    /// <summary>Gets up to <paramref name="k"/> cheapest routes from model node <paramref name="origin"/> to <paramref name="destination"/>, cheapest first.</summary>
    /// <param name="origin">Model node the routes start at.</param>
    /// <param name="destination">Model node the routes end at.</param>
    /// <param name="k">Number of routes wanted.</param>
    /// <param name="weights">Generalized cost per edge id (not changed).</param>
    /// <param name="costPerKm"><see cref="GreatCircleBound.CostPerKmOf"/>(<paramref name="weights"/>), for the A* bound.</param>
    public IReadOnlyList<GraphPath> Cheapest(int origin, int destination, int k, double[] weights, double costPerKm)
    {
        int source = _network.OriginVertex(origin);
        int target = _network.DestinationVertex(destination);
        if (k == 1)
        {
            if (!_forward.ComputePath(source, target, weights, GreatCircleBound.Create(_network, costPerKm, destination)))
            {
                return [];
            }

            var path = _forward.PathTo(target)!;
            if (IsLooplessInModel(path))
            {
                return [path];
            }
        }

        _reverse.ComputeTree(target, weights);
        var toTarget = new RemainingCostBound([.. Enumerable.Range(0, _network.Graph.NodeCount).Select(_reverse.Distance)]);
        if (toTarget.LowerBound(source) == double.PositiveInfinity)
        {
            return [];
        }

        weights.CopyTo(_work);
        CloseNode(origin);
        var first = LooplessSpur(source, target, toTarget);
        Reopen(0);
        if (first is null)
        {
            return _yen.Compute(source, target, k, weights);
        }

        var accepted = new List<RouteCandidate> { new(first, 0) };
        var seen = new HashSet<RouteCandidate>(accepted);
        var candidates = new SortedSet<RouteCandidate>();
        while (accepted.Count < k)
        {
            AddSpurs(accepted, seen, candidates, toTarget, weights);
            if (candidates.Count == 0)
            {
                break;
            }

            accepted.Add(candidates.Min!);
            candidates.Remove(candidates.Min!);
        }

        // Pop order is by cost already; sorting keeps the promise when sums of equal costs differ in the last bit.
        accepted.Sort();
        return accepted.ConvertAll(c => c.Path);
    }

    /// <summary>Gets whether <paramref name="path"/> visits every model node at most once.</summary>
    public bool IsLooplessInModel(GraphPath path)
    {
        Array.Clear(_visited);
        int previous = -1;
        foreach (int vertex in path.Nodes)
        {
            int node = _network.VertexNode[vertex];
            if (node != previous && _visited[node])
            {
                return false;
            }

            _visited[node] = true;
            previous = node;
        }

        return true;
    }

    private void AddSpurs(
        List<RouteCandidate> accepted, HashSet<RouteCandidate> seen, SortedSet<RouteCandidate> candidates, RemainingCostBound toTarget, double[] weights)
    {
        var parent = accepted[^1];
        var vertices = parent.Path.Nodes;
        var edges = parent.Path.Edges;
        int target = vertices[^1];
        for (int j = 0; j < parent.Deviation; j++)
        {
            CloseNode(_network.VertexNode[vertices[j]]);
        }

        for (int i = parent.Deviation; i < edges.Length; i++)
        {
            // The spur node joins the root: closed to re-entry from here on, open inside.
            CloseNode(_network.VertexNode[vertices[i]]);
            int mark = _closed.Count;
            var root = edges.AsSpan(0, i);
            foreach (var other in accepted)
            {
                var otherEdges = other.Path.Edges;
                if (otherEdges.Length > i && otherEdges.AsSpan(0, i).SequenceEqual(root))
                {
                    Close(otherEdges[i]);
                }
            }

            if (LooplessSpur(vertices[i], target, toTarget) is { } spur)
            {
                var candidate = new RouteCandidate(Join(parent.Path, i, spur, weights), i);
                if (seen.Add(candidate))
                {
                    candidates.Add(candidate);
                }
            }

            Reopen(mark);
        }

        Reopen(0);
    }

    /// <summary>The cheapest path from <paramref name="from"/> to the target under the current closures that visits no model node twice, or null.</summary>
    private GraphPath? LooplessSpur(int from, int target, RemainingCostBound toTarget)
    {
        if (!_forward.ComputePath(from, target, _work, toTarget))
        {
            return null;
        }

        var path = _forward.PathTo(target)!;
        if (IsLooplessInModel(path))
        {
            return path;
        }

        for (int asked = 2; ; asked *= 2)
        {
            var paths = _yen.Compute(from, target, asked, _work);
            var loopless = paths.FirstOrDefault(IsLooplessInModel);
            if (loopless is not null || paths.Count < asked || asked >= MaxSpurPaths)
            {
                return loopless;
            }
        }
    }

    /// <summary>The root of <paramref name="parent"/> up to vertex <paramref name="i"/>, then <paramref name="spur"/>; cost summed in travel order.</summary>
    private static GraphPath Join(GraphPath parent, int i, GraphPath spur, double[] weights)
    {
        int[] vertices = [.. parent.Nodes.AsSpan(0, i), .. spur.Nodes.AsSpan()];
        int[] edges = [.. parent.Edges.AsSpan(0, i), .. spur.Edges.AsSpan()];
        double cost = 0;
        foreach (int e in edges)
        {
            cost += weights[e];
        }

        return new GraphPath(ImmutableCollectionsMarshal.AsImmutableArray(vertices), ImmutableCollectionsMarshal.AsImmutableArray(edges), cost);
    }

    /// <summary>Closes model node <paramref name="node"/> to re-entry: every link into any of its layers.</summary>
    private void CloseNode(int node)
    {
        foreach (int e in _entering[node])
        {
            Close(e);
        }
    }

    private void Close(int edge)
    {
        _closed.Add((edge, _work[edge]));
        _work[edge] = double.PositiveInfinity;
    }

    /// <summary>Undoes the closures made since <paramref name="mark"/>, latest first.</summary>
    private void Reopen(int mark)
    {
        for (int i = _closed.Count - 1; i >= mark; i--)
        {
            _work[_closed[i].Edge] = _closed[i].Weight;
        }

        _closed.RemoveRange(mark, _closed.Count - mark);
    }
}
