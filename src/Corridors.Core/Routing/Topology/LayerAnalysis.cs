using Corridors.Core.Model;
using Corridors.Core.Routing.Network;
using QuikGraph;
using QuikGraph.Algorithms;
using QuikGraph.Predicates;

namespace Corridors.Core.Routing.Topology;

/// <summary>Components, unreached nodes and dead ends of one mode's network, or of all modes together.</summary>
internal sealed class LayerAnalysis(CorridorGraph graph, HashSet<CorridorVertex> reached, HashSet<string> flowDestinations)
{
    /// <summary>Gets the structure of <paramref name="mode"/>'s network; null = all modes.</summary>
    public LayerStructure Of(TransportMode? mode)
    {
        var links = graph.Edges.Where(e => e.Link is { } link && (mode is null || link.Mode == mode)).ToList();
        bool InLayer(CorridorVertex v) => mode is null || v.Mode == mode;
        var layered = graph.Vertices.Where(v => v.Mode is not null && InLayer(v)).ToList();
        var members = layered.ToHashSet();
        if (mode is null)
        {
            // A node without any open link is a component of its own.
            members.UnionWith(graph.Vertices.Where(v => v.Role == NetworkVertexRole.Origin && !layered.Exists(l => l.Node == v.Node)));
        }

        // Goods move between layer vertices over links and through nodes; Start and End edges join nothing.
        var view = new FilteredBidirectionalGraph<CorridorVertex, CorridorEdge, BidirectionalGraph<CorridorVertex, CorridorEdge>>(
            graph.Graph, members.Contains, e => e.Kind is NetworkEdgeKind.Link or NetworkEdgeKind.Through);
        var component = new Dictionary<CorridorVertex, int>();
        view.WeaklyConnectedComponents(component);
        var components = component.GroupBy(p => p.Value)
            .Select(g => (IReadOnlyList<string>)[.. g.Select(p => p.Key.NodeId).Distinct().Order(StringComparer.Ordinal)])
            .OrderBy(c => string.Join('\n', c), StringComparer.Ordinal)
            .ToList();
        var nodes = members.Select(v => v.NodeId).Distinct().ToList();

        var byNode = layered.ToLookup(v => v.NodeId, StringComparer.Ordinal);
        var unreached = nodes
            .Where(id => mode is null ? !graph.Vertices.Any(v => v.NodeId == id && reached.Contains(v)) : !byNode[id].Any(reached.Contains))
            .Order(StringComparer.Ordinal);
        var deadEnds = nodes
            .Where(id => !flowDestinations.Contains(id) && IsDeadEnd(byNode[id].Where(v => v.Role == NetworkVertexRole.Arrival).ToList(), mode is null))
            .Order(StringComparer.Ordinal);
        string name = mode is { } m ? NetworkAnalysis.Name(m) : "all";
        return new LayerStructure(name, nodes.Count, links.Count, components, [.. unreached], [.. deadEnds]);
    }

    // Overall a node is a dead end when goods arriving by no layer can continue; per mode, when goods arriving by that mode cannot.
    private bool IsDeadEnd(List<CorridorVertex> arrivals, bool all)
    {
        bool Continues(CorridorVertex arrival) => graph.Graph.OutEdges(arrival).Any(e => e.Kind == NetworkEdgeKind.Through);
        return arrivals.Count > 0 && (all ? !arrivals.Any(Continues) : arrivals.Exists(a => !Continues(a)));
    }
}
