using QuikGraph;
using QuikGraph.Algorithms.Search;
using QuikGraph.Predicates;

namespace Corridors.Core.Routing.Topology;

/// <summary>Breadth-first reachability on a <see cref="CorridorGraph"/> with some edges left out (QuikGraph's search on a filtered graph).</summary>
internal static class Reachability
{
    /// <summary>Gets whether <paramref name="target"/> is reached from <paramref name="source"/> over edges <paramref name="open"/> accepts.</summary>
    public static bool Reaches(
        BidirectionalGraph<CorridorVertex, CorridorEdge> graph, CorridorVertex source, CorridorVertex target, EdgePredicate<CorridorVertex, CorridorEdge> open) =>
        Reached(graph, [source], open).Contains(target);

    /// <summary>Gets every vertex reached from <paramref name="roots"/> over edges <paramref name="open"/> accepts (roots included).</summary>
    public static HashSet<CorridorVertex> Reached(
        BidirectionalGraph<CorridorVertex, CorridorEdge> graph, IEnumerable<CorridorVertex> roots, EdgePredicate<CorridorVertex, CorridorEdge> open)
    {
        var filtered = new FilteredBidirectionalGraph<CorridorVertex, CorridorEdge, BidirectionalGraph<CorridorVertex, CorridorEdge>>(graph, static _ => true, open);
        var search = new BreadthFirstSearchAlgorithm<CorridorVertex, CorridorEdge>(filtered);
        var reached = new HashSet<CorridorVertex>();
        search.DiscoverVertex += v => reached.Add(v);
        foreach (var root in roots)
        {
            if (!reached.Contains(root))
            {
                search.Compute(root);
            }
        }

        return reached;
    }
}
