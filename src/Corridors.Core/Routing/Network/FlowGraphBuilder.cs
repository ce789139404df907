using Corridors.Core.Model;
using Corridors.Graphs;

namespace Corridors.Core.Routing.Network;

/// <summary>Lays out a <see cref="CapacityNetwork"/>: the routing vertices keep their ids, then two gate vertices per gated node, then the super-source and super-sink.</summary>
internal sealed class FlowGraphBuilder
{
    public FlowGraphBuilder(MultimodalNetwork network, double tonnesPerTeu, IReadOnlyList<int> from, IReadOnlyList<int> to)
    {
        var graph = network.Graph;
        var model = network.Model;
        VertexNode.AddRange(network.VertexNode);
        var gated = GatedNodes(network);
        var gateIn = new Dictionary<int, int>();
        foreach (int v in gated)
        {
            gateIn[v] = VertexNode.Count;
            VertexNode.Add(v);
            VertexNode.Add(v);
        }

        Source = VertexNode.Count;
        Sink = Source + 1;
        VertexNode.Add(-1);
        VertexNode.Add(-1);
        Builder = new DirectedGraphBuilder(VertexNode.Count, graph.EdgeCount + (4 * gated.Count) + from.Count + to.Count);
        for (int e = 0; e < graph.EdgeCount; e++)
        {
            int link = network.EdgeLink[e];
            int node = network.EdgeNode[e];
            if (link >= 0)
            {
                Add(graph.Source(e), graph.Target(e), LinkTonnesPerYear(model.Links[link], tonnesPerTeu), link, -1, e, -1);
            }
            else if (IsUsable(network.EdgeKind[e], node, from, to))
            {
                UsableStops.Add(e);
                if (!gateIn.ContainsKey(node))
                {
                    double capacity = model.Nodes[node].CapacityTonnesPerYear ?? double.PositiveInfinity;
                    Add(graph.Source(e), graph.Target(e), capacity, -1, double.IsFinite(capacity) ? node : -1, e, -1);
                }
            }
        }

        foreach (int v in gated)
        {
            AddGate(network, v, gateIn[v], model.Nodes[v].CapacityTonnesPerYear!.Value);
        }

        foreach (int v in from.Distinct())
        {
            Add(Source, network.OriginVertex(v), double.PositiveInfinity, -1, -1, -1, -1);
        }

        foreach (int v in to.Distinct())
        {
            Add(network.DestinationVertex(v), Sink, double.PositiveInfinity, -1, -1, -1, -1);
        }
    }

    public DirectedGraphBuilder Builder { get; }

    public List<int> VertexNode { get; } = [];

    public List<double> Capacity { get; } = [];

    public List<int> Link { get; } = [];

    public List<int> Node { get; } = [];

    /// <summary>The routing edge whose cost a flow edge carries, or -1.</summary>
    public List<int> Mirror { get; } = [];

    /// <summary>The routing node edges a flow can use (Start only at "from" nodes, End only at "to" nodes), in id order.</summary>
    public List<int> UsableStops { get; } = [];

    /// <summary>For the edges joining a gate: the routing vertex on the other side, or -1.</summary>
    public List<int> Side { get; } = [];

    public int Source { get; }

    public int Sink { get; }

    /// <summary>Gets a link's annual capacity in tonnes: the smaller of its t/yr and its TEU/yr × tonnes per TEU; +∞ if neither is stated.</summary>
    public static double LinkTonnesPerYear(LinkSpec link, double tonnesPerTeu) =>
        Math.Min(link.CapacityTonnesPerYear ?? double.PositiveInfinity, (link.CapacityTeuPerYear * tonnesPerTeu) ?? double.PositiveInfinity);

    /// <summary>Nodes with a capacity whose every arrival layer may continue on every departure layer.</summary>
    private static List<int> GatedNodes(MultimodalNetwork network)
    {
        var graph = network.Graph;
        int n = network.Model.Nodes.Count;
        var through = new int[n];
        var arrivals = new int[n];
        var departures = new int[n];
        for (int e = 0; e < graph.EdgeCount; e++)
        {
            switch (network.EdgeKind[e])
            {
                case NetworkEdgeKind.Through: through[network.EdgeNode[e]]++; break;
                case NetworkEdgeKind.End: arrivals[network.EdgeNode[e]]++; break;
                case NetworkEdgeKind.Start: departures[network.EdgeNode[e]]++; break;
            }
        }

        return [.. Enumerable.Range(0, n).Where(v => network.Model.Nodes[v].CapacityTonnesPerYear is not null && through[v] == arrivals[v] * departures[v])];
    }

    private static bool IsUsable(NetworkEdgeKind kind, int node, IReadOnlyList<int> from, IReadOnlyList<int> to) => kind switch
    {
        NetworkEdgeKind.Start => from.Contains(node),
        NetworkEdgeKind.End => to.Contains(node),
        _ => true,
    };

    private void AddGate(MultimodalNetwork network, int node, int gateIn, double capacity)
    {
        var graph = network.Graph;
        var inSides = new SortedSet<int>();
        var outSides = new SortedSet<int>();
        foreach (int e in UsableStops)
        {
            if (network.EdgeNode[e] == node)
            {
                inSides.Add(graph.Source(e));
                outSides.Add(graph.Target(e));
            }
        }

        foreach (int x in inSides)
        {
            Add(x, gateIn, double.PositiveInfinity, -1, -1, -1, x);
        }

        Add(gateIn, gateIn + 1, capacity, -1, node, -1, -1);
        foreach (int y in outSides)
        {
            Add(gateIn + 1, y, double.PositiveInfinity, -1, -1, -1, y);
        }
    }

    private void Add(int from, int to, double capacity, int link, int node, int mirror, int side)
    {
        Builder.AddEdge(from, to);
        Capacity.Add(capacity);
        Link.Add(link);
        Node.Add(node);
        Mirror.Add(mirror);
        Side.Add(side);
    }
}
