using Corridors.Graphs;

namespace Corridors.Core.Routing.Network;

/// <summary>
/// The flow network of a corridor query: the <see cref="MultimodalNetwork"/> with annual capacities in
/// t/yr on its edges, a super-source feeding the origin vertices of the "from" nodes and a super-sink
/// fed by the destination vertices of the "to" nodes. Unstated capacities are +∞.
/// </summary>
/// <remarks>
/// A node with a nameplate capacity is split into in and out: when it lets every arrival layer continue
/// on every departure layer (ports, hubs, crossings with a gauge change), all its arrival layers and its
/// origin feed a gate vertex "in", one edge of the node's capacity leads to "out", and "out" feeds all
/// departure layers and its destination, so the capacity binds the node's whole throughput exactly. The
/// gate forgets the layer a tonne came on, so for min-cost flow each side is charged a lower bound of the
/// node's transfer cost: arrival side a(x) = min over the node edges leaving x, departure side
/// d(y) = min over the node edges entering y of (cost − a(tail)); a(x) + d(y) ≤ cost(x → y). It is exact
/// when one layer pair is the cheapest way out of every arrival layer (a port fed by road only), and
/// can drop a transshipment charge when several modes both arrive and leave. Only node edges a flow
/// can use count: Start edges at "from" nodes and End edges at "to" nodes.
/// A node that forbids some layer changes (cities, zones, crossings without gauge change) cannot be gated
/// without allowing them, so each of its node edges gets the whole capacity instead: an upper bound when
/// its traffic uses several layer pairs.
/// </remarks>
internal sealed class CapacityNetwork
{
    private readonly MultimodalNetwork _network;
    private readonly int[] _mirror;
    private readonly int[] _side;
    private readonly int[] _usableStops;

    private CapacityNetwork(MultimodalNetwork network, FlowGraphBuilder built)
    {
        _network = network;
        Graph = built.Builder.Build();
        Capacities = [.. built.Capacity];
        EdgeLink = [.. built.Link];
        EdgeNode = [.. built.Node];
        VertexNode = [.. built.VertexNode];
        _mirror = [.. built.Mirror];
        _side = [.. built.Side];
        _usableStops = [.. built.UsableStops];
        Source = built.Source;
        Sink = built.Sink;
    }

    /// <summary>Gets the flow graph.</summary>
    public DirectedGraph Graph { get; }

    /// <summary>Gets the capacity in t/yr per edge id (+∞ = unstated).</summary>
    public double[] Capacities { get; }

    /// <summary>Gets the model link whose capacity each edge carries, or -1.</summary>
    public int[] EdgeLink { get; }

    /// <summary>Gets the model node whose capacity each edge carries, or -1.</summary>
    public int[] EdgeNode { get; }

    /// <summary>Gets the model node of each vertex; -1 for the super-source and super-sink.</summary>
    public int[] VertexNode { get; }

    /// <summary>Gets the super-source.</summary>
    public int Source { get; }

    /// <summary>Gets the super-sink.</summary>
    public int Sink { get; }

    /// <summary>Builds the flow network from model nodes <paramref name="from"/> to <paramref name="to"/> (disjoint).</summary>
    public static CapacityNetwork Build(MultimodalNetwork network, double tonnesPerTeu, IReadOnlyList<int> from, IReadOnlyList<int> to)
    {
        var built = new FlowGraphBuilder(network, tonnesPerTeu, from, to);
        return new CapacityNetwork(network, built);
    }

    /// <summary>Gets the cost per tonne of every flow edge from the routing weights <paramref name="weights"/> (see remarks).</summary>
    public double[] Costs(double[] weights)
    {
        var graph = _network.Graph;
        var arrivalSide = new double[graph.NodeCount];
        var departureSide = new double[graph.NodeCount];
        Array.Fill(arrivalSide, double.PositiveInfinity);
        Array.Fill(departureSide, double.PositiveInfinity);
        foreach (int e in _usableStops)
        {
            arrivalSide[graph.Source(e)] = Math.Min(arrivalSide[graph.Source(e)], weights[e]);
        }

        foreach (int e in _usableStops)
        {
            double rest = Math.Max(0, weights[e] - arrivalSide[graph.Source(e)]);
            departureSide[graph.Target(e)] = Math.Min(departureSide[graph.Target(e)], rest);
        }

        var costs = new double[Graph.EdgeCount];
        for (int e = 0; e < costs.Length; e++)
        {
            costs[e] = _mirror[e] >= 0 ? weights[_mirror[e]]
                : _side[e] < 0 ? 0
                : Graph.Target(e) == _side[e] ? departureSide[_side[e]] : arrivalSide[_side[e]];
        }

        return costs;
    }

    /// <summary>
    /// Finds a path from the super-source to the super-sink over edges that <paramref name="usable"/>
    /// accepts (breadth first, edges in id order) and returns the model nodes it passes, or null.
    /// </summary>
    public IReadOnlyList<int>? FindNodePath(Func<int, bool> usable)
    {
        var via = new int[Graph.NodeCount];
        Array.Fill(via, -1);
        var queue = new Queue<int>([Source]);
        var seen = new bool[Graph.NodeCount];
        seen[Source] = true;
        while (queue.Count > 0 && !seen[Sink])
        {
            int u = queue.Dequeue();
            foreach (int e in Graph.OutEdges(u))
            {
                int v = Graph.Target(e);
                if (!seen[v] && usable(e))
                {
                    seen[v] = true;
                    via[v] = e;
                    queue.Enqueue(v);
                }
            }
        }

        if (!seen[Sink])
        {
            return null;
        }

        var nodes = new List<int>();
        for (int v = Sink; v != Source; v = Graph.Source(via[v]))
        {
            if (VertexNode[v] >= 0 && (nodes.Count == 0 || nodes[^1] != VertexNode[v]))
            {
                nodes.Add(VertexNode[v]);
            }
        }

        nodes.Reverse();
        return nodes;
    }
}
