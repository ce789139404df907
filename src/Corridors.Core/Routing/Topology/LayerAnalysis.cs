using Corridors.Core.Model;
using Corridors.Core.Routing.Network;
using QuikGraph;
using QuikGraph.Algorithms;

namespace Corridors.Core.Routing.Topology;

/// <summary>Components, unreached nodes and dead ends of one mode's network, or of all modes together.</summary>
internal sealed class LayerAnalysis(CorridorGraph graph, HashSet<CorridorVertex> reached, HashSet<string> flowDestinations)
{
    /// <summary>Gets the structure of <paramref name="mode"/>'s network; null = all modes.</summary>
    public LayerStructure Of(TransportMode? mode)
    {
        var links = graph.Edges.Where(e => e.Link is { } link && (mode is null || link.Mode == mode)).ToList();
        var nodes = new BidirectionalGraph<string, SEdge<string>>(allowParallelEdges: true);
        if (mode is null)
        {
            nodes.AddVertexRange(graph.Model.Nodes.Select(n => n.Id));
        }

        nodes.AddVerticesAndEdgeRange(links.Select(e => new SEdge<string>(e.Link!.From, e.Link.To)));
        var component = new Dictionary<string, int>(StringComparer.Ordinal);
        nodes.WeaklyConnectedComponents(component);
        var components = component.GroupBy(p => p.Value)
            .Select(g => (IReadOnlyList<string>)[.. g.Select(p => p.Key).Order(StringComparer.Ordinal)])
            .OrderBy(c => c[0], StringComparer.Ordinal)
            .ToList();

        bool InLayer(CorridorVertex v) => mode is null || v.Mode == mode;
        var byNode = graph.Vertices.Where(v => v.Mode is not null && InLayer(v)).ToLookup(v => v.NodeId, StringComparer.Ordinal);
        var unreached = nodes.Vertices
            .Where(id => mode is null ? !graph.Vertices.Any(v => v.NodeId == id && reached.Contains(v)) : !byNode[id].Any(reached.Contains))
            .Order(StringComparer.Ordinal);
        var deadEnds = nodes.Vertices
            .Where(id => !flowDestinations.Contains(id) && IsDeadEnd(byNode[id].Where(v => v.Role == NetworkVertexRole.Arrival).ToList(), mode is null))
            .Order(StringComparer.Ordinal);
        string name = mode is { } m ? NetworkAnalysis.Name(m) : "all";
        return new LayerStructure(name, nodes.VertexCount, links.Count, components, [.. unreached], [.. deadEnds]);
    }

    // Overall a node is a dead end when goods arriving by no layer can continue; per mode, when goods arriving by that mode cannot.
    private bool IsDeadEnd(List<CorridorVertex> arrivals, bool all)
    {
        bool Continues(CorridorVertex arrival) => graph.Graph.OutEdges(arrival).Any(e => e.Kind == NetworkEdgeKind.Through);
        return arrivals.Count > 0 && (all ? !arrivals.Any(Continues) : arrivals.Exists(a => !Continues(a)));
    }
}
