using Corridors.Core.Model;
using QuikGraph.Algorithms;

namespace Corridors.Core.Routing.Topology;

/// <summary>
/// Finds the nodes and links every route of a flow passes. Only what lies on one route can lie on all of
/// them, so each element of one breadth-first route is closed in turn and the flow searched again.
/// </summary>
internal static class SinglePoints
{
    /// <summary>Gets every node and link whose closure leaves some of <paramref name="flows"/> without a route, most tonnes first, then nodes before links, then by id.</summary>
    public static IReadOnlyList<SinglePointOfFailure> Find(CorridorGraph graph, IReadOnlyList<FlowEnds> flows)
    {
        var stranded = new Dictionary<(NetworkElementKind Kind, string Id), List<FlowEnds>>();
        foreach (var flow in flows)
        {
            var routes = graph.Graph.TreeBreadthFirstSearch(flow.Source);
            if (!routes(flow.Target, out var route))
            {
                continue;
            }

            var edges = route.ToList();
            foreach (var link in edges.Select(e => e.Link).OfType<LinkSpec>().Distinct())
            {
                if (!Reachability.Reaches(graph.Graph, flow.Source, flow.Target, e => e.Link != link))
                {
                    Add(stranded, (NetworkElementKind.Link, link.Id), flow);
                }
            }

            foreach (var node in edges.Select(e => e.Target.Node).Distinct().Where(n => !flow.IsEnd(n)))
            {
                if (!Reachability.Reaches(graph.Graph, flow.Source, flow.Target, e => e.Source.Node != node && e.Target.Node != node))
                {
                    Add(stranded, (NetworkElementKind.Node, node.Id), flow);
                }
            }
        }

        return [.. stranded
            .Select(p => new SinglePointOfFailure(p.Key.Kind, p.Key.Id, p.Value.Sum(f => f.TonnesPerYear), [.. p.Value.Select(f => f.Flow.Id)]))
            .OrderByDescending(p => p.TonnesPerYearAtRisk)
            .ThenBy(p => p.Kind)
            .ThenBy(p => p.Id, StringComparer.Ordinal)];
    }

    private static void Add(Dictionary<(NetworkElementKind, string), List<FlowEnds>> stranded, (NetworkElementKind, string) key, FlowEnds flow)
    {
        if (!stranded.TryGetValue(key, out var list))
        {
            stranded[key] = list = [];
        }

        list.Add(flow);
    }
}
