using Corridors.Graphs.Paths;

namespace Corridors.Core.Routing.Network;

/// <summary>
/// The k cheapest routes between two model nodes on a <see cref="MultimodalNetwork"/>. Reusable; not
/// thread-safe (it keeps the engine's workspaces).
/// </summary>
/// <remarks>
/// Yen's paths are loopless in the expanded graph, which still lets a route come back to a node on
/// another layer (leave by road, return by rail). Routes are wanted loopless in the model, so the search
/// asks Yen for k paths, keeps those that visit each model node once, and asks for twice as many while
/// fewer than k are kept and Yen had more, up to <see cref="MaxWidening"/> · k paths. Yen lists paths in
/// non-decreasing cost, so the kept ones are the cheapest model-loopless routes among those it found.
/// If none of them is loopless in the model, the cheapest expanded paths are returned as they are,
/// so a network whose only connection revisits a node still has a route.
/// For k = 1, one A* search with <see cref="GreatCircleBound"/> replaces Yen's one-to-all reverse search.
/// </remarks>
internal sealed class RouteSearch
{
    /// <summary>The most paths asked of Yen per wanted route.</summary>
    public const int MaxWidening = 16;

    private readonly MultimodalNetwork _network;
    private readonly YenKShortestPaths _yen;
    private readonly DijkstraSearch _search;
    private readonly bool[] _visited;

    public RouteSearch(MultimodalNetwork network)
    {
        _network = network;
        _yen = new YenKShortestPaths(network.Graph);
        _search = new DijkstraSearch(network.Graph);
        _visited = new bool[network.Model.Nodes.Count];
    }

    /// <summary>Gets up to <paramref name="k"/> cheapest routes from model node <paramref name="origin"/> to <paramref name="destination"/>, cheapest first.</summary>
    public IReadOnlyList<GraphPath> Cheapest(int origin, int destination, int k, double[] weights)
    {
        int source = _network.OriginVertex(origin);
        int target = _network.DestinationVertex(destination);
        if (k == 1)
        {
            if (!_search.ComputePath(source, target, weights, GreatCircleBound.Create(_network, weights, destination)))
            {
                return [];
            }

            var path = _search.PathTo(target)!;
            if (IsLooplessInModel(path))
            {
                return [path];
            }
        }

        for (int asked = k; ; asked *= 2)
        {
            var paths = _yen.Compute(source, target, asked, weights);
            var kept = paths.Where(IsLooplessInModel).Take(k).ToList();
            bool exhausted = paths.Count < asked || asked >= MaxWidening * k;
            if (kept.Count == k || exhausted)
            {
                return kept.Count > 0 ? kept : [.. paths.Take(k)];
            }
        }
    }

    /// <summary>Gets whether <paramref name="path"/> visits every model node at most once.</summary>
    public bool IsLooplessInModel(GraphPath path)
    {
        Array.Clear(_visited);
        var links = _network.Model.Links;
        _visited[_network.VertexNode[path.Source]] = true;
        foreach (int edge in path.Edges)
        {
            int link = _network.EdgeLink[edge];
            if (link >= 0)
            {
                int next = _network.NodeIndex[links[link].To];
                if (_visited[next])
                {
                    return false;
                }

                _visited[next] = true;
            }
        }

        return true;
    }
}
