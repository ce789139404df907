using Corridors.Core.Model;
using Corridors.Core.Model.Checking;

namespace Corridors.Core.Routing.Topology;

/// <summary>
/// The structure of a scenario's network, for planners: per mode and overall the connected components,
/// the nodes no flow can reach and the dead ends; the single points of failure (every node and link
/// whose closure leaves some flow without any route, with the tonnes at risk); and each flow's number of
/// link-disjoint and node-disjoint routes. Runs QuikGraph's algorithms on <see cref="CorridorGraph"/>.
/// </summary>
/// <remarks>
/// A route is any open path of the expanded network, changing mode or gauge only where a node allows it
/// (the router's rules), not only the K routes shipments choose among. A flow's own origin and
/// destination are not counted as its points of failure. Node-disjoint counts are exact at nodes that
/// let every arrival layer continue on every departure layer; a node that forbids some layer changes
/// (a city, a zone, a crossing without gauge change) is given one gate for all its layers, which may
/// admit a change it forbids, so the count can be an upper bound there; it is 1 whenever some node is a
/// single point of failure of the flow, and never above the link-disjoint count.
/// </remarks>
public static class NetworkAnalysis
{
    /// <summary>Analyses <paramref name="model"/>.</summary>
    /// <exception cref="InvalidModelException">The model has problems.</exception>
    public static NetworkReport Analyze(ScenarioModel model)
    {
        var graph = CorridorGraph.Build(model);
        var flows = model.Flows.Where(f => f.Origin != f.Destination).Select(f => new FlowEnds(graph, f)).ToList();
        var reached = Reachability.Reached(graph.Graph, flows.Select(f => f.Source), static _ => true);
        var destinations = model.Flows.Select(f => f.Destination).ToHashSet(StringComparer.Ordinal);
        var layers = new LayerAnalysis(graph, reached, destinations);
        var modes = Enum.GetValues<TransportMode>()
            .Where(m => graph.Edges.Any(e => e.Link?.Mode == m))
            .Select(m => layers.Of(m))
            .ToList();
        var failures = SinglePoints.Find(graph, flows);
        var redundancy = flows.Select(f => DisjointRoutes.Count(graph, f, failures.Any(p => p.Kind == NetworkElementKind.Node && p.Flows.Contains(f.Flow.Id))));
        return new NetworkReport(model.Name, graph.Vertices.Count, graph.Edges.Count, modes, layers.Of(null), failures, [.. redundancy]);
    }

    /// <summary>Gets the lower-case name of a mode, as scenarios write it.</summary>
    internal static string Name(TransportMode mode) => mode.ToString().ToLowerInvariant();
}
