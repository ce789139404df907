using Corridors.Core.Routing.Network;
using QuikGraph;
using QuikGraph.Algorithms.MaximumFlow;

namespace Corridors.Core.Routing.Topology;

/// <summary>
/// Counts a flow's link-disjoint and node-disjoint routes as maximum flows (Menger) with QuikGraph's
/// Edmonds–Karp: every link carries one unit, node edges are unbounded, and for node-disjoint routes each
/// node other than the flow's ends passes one unit through a gate that its Through edges enter and leave.
/// </summary>
/// <remarks>
/// QuikGraph pairs an edge with any edge already running the other way as its residual twin, so two
/// parallel edges would share one twin paired back with only one of them; parallel edges are therefore
/// merged into one with the summed capacity (the maximum flow is the same). The expanded network has no
/// antiparallel pairs.
/// </remarks>
internal static class DisjointRoutes
{
    /// <summary>Gets <paramref name="flow"/>'s redundancy; <paramref name="hasNodeFailure"/> caps node-disjoint routes at 1.</summary>
    public static FlowRedundancy Count(CorridorGraph graph, FlowEnds flow, bool hasNodeFailure)
    {
        int links = MaxFlow(graph, flow, gated: false);
        // Node-disjoint routes are never more than link-disjoint ones, and 1 when a node strands the flow.
        int nodes = links <= 1 || hasNodeFailure ? Math.Min(links, 1) : Math.Min(links, MaxFlow(graph, flow, gated: true));
        return new FlowRedundancy(flow.Flow.Id, flow.Flow.Origin, flow.Flow.Destination, flow.TonnesPerYear, links, nodes);
    }

    private static int MaxFlow(CorridorGraph graph, FlowEnds flow, bool gated)
    {
        int vertexCount = graph.Vertices.Count;
        double unbounded = graph.Edges.Count + 1;
        var capacity = new Dictionary<(int From, int To), double>();
        void Add(int from, int to, double units) => capacity[(from, to)] = capacity.GetValueOrDefault((from, to)) + units;

        var gate = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var edge in graph.Edges)
        {
            if (edge.Kind == NetworkEdgeKind.Link)
            {
                Add(edge.Source.Id, edge.Target.Id, 1);
            }
            else if (gated && edge.Kind == NetworkEdgeKind.Through && !flow.IsEnd(edge.Source.Node))
            {
                if (!gate.TryGetValue(edge.NodeId, out int inside))
                {
                    gate[edge.NodeId] = inside = vertexCount + (2 * gate.Count);
                    Add(inside, inside + 1, 1);
                }

                Add(edge.Source.Id, inside, unbounded);
                Add(inside + 1, edge.Target.Id, unbounded);
            }
            else
            {
                Add(edge.Source.Id, edge.Target.Id, unbounded);
            }
        }

        var network = new AdjacencyGraph<int, TaggedEdge<int, double>>(allowParallelEdges: false);
        network.AddVertexRange(Enumerable.Range(0, vertexCount + (2 * gate.Count)));
        network.AddEdgeRange(capacity.Select(p => new TaggedEdge<int, double>(p.Key.From, p.Key.To, p.Value)));
        return (int)Math.Round(Solve(network, flow.Source.Id, flow.Target.Id));
    }

    /// <summary>Runs Edmonds–Karp on <paramref name="network"/> (edge tags are capacities; no parallel edges).</summary>
    internal static double Solve(AdjacencyGraph<int, TaggedEdge<int, double>> network, int source, int sink)
    {
        static TaggedEdge<int, double> Twin(int from, int to) => new(from, to, 0);
        var twins = new ReversedEdgeAugmentorAlgorithm<int, TaggedEdge<int, double>>(network, Twin);
        twins.AddReversedEdges();
        var solver = new EdmondsKarpMaximumFlowAlgorithm<int, TaggedEdge<int, double>>(network, e => e.Tag, Twin, twins);
        double value = solver.Compute(source, sink);
        twins.RemoveReversedEdges();
        return value;
    }
}
