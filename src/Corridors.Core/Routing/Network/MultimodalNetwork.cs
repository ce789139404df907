using Corridors.Core.Model;
using Corridors.Graphs;

namespace Corridors.Core.Routing.Network;

/// <summary>
/// The scenario's network expanded per mode layer, so the graph engine needs no special cases. Each node
/// has an origin vertex, a destination vertex, one arrival vertex per layer of its inbound open links and
/// one departure vertex per layer of its outbound open links. Edges: every open link (departure layer →
/// arrival layer of the next node); Start (origin → each departure layer); Through (arrival layer →
/// departure layer, only where <see cref="StagePlanner.CanContinue"/> allows it); End (each arrival layer
/// → destination). A route staying on one layer through a node uses the Through edge of that layer with
/// itself, which carries no transshipment charge. Closed links are left out.
/// </summary>
/// <remarks>
/// Node stop edges keep a representative inbound and outbound link of their layers: what happens at a
/// node (<see cref="StagePlanner"/>) depends only on the links' modes and gauges, which all links of a
/// layer share. Vertex and edge ids follow model order, so everything built on them is deterministic.
/// </remarks>
internal sealed class MultimodalNetwork
{
    private readonly int[] _originVertex;
    private readonly int[] _destinationVertex;

    private MultimodalNetwork(ScenarioModel model, Dictionary<string, int> nodeIndex, Builder built)
    {
        Model = model;
        NodeIndex = nodeIndex;
        Graph = built.Graph.Build();
        VertexNode = [.. built.VertexNode];
        VertexRole = [.. built.VertexRole];
        VertexLayer = [.. built.VertexLayer];
        EdgeKind = [.. built.Kind];
        EdgeLink = [.. built.Link];
        EdgeNode = [.. built.Node];
        EdgeInbound = [.. built.Inbound];
        EdgeOutbound = [.. built.Outbound];
        _originVertex = built.Origin;
        _destinationVertex = built.Destination;
        EdgeGreatCircleKm = new double[Graph.EdgeCount];
        for (int e = 0; e < EdgeLink.Length; e++)
        {
            if (EdgeLink[e] >= 0)
            {
                var link = model.Links[EdgeLink[e]];
                EdgeGreatCircleKm[e] = model.Nodes[nodeIndex[link.From]].Location.DistanceKmTo(model.Nodes[nodeIndex[link.To]].Location);
            }
        }
    }

    /// <summary>Gets the model the network was built from.</summary>
    public ScenarioModel Model { get; }

    /// <summary>Gets the index of each node id in the model's node list.</summary>
    public IReadOnlyDictionary<string, int> NodeIndex { get; }

    /// <summary>Gets the expanded graph.</summary>
    public DirectedGraph Graph { get; }

    /// <summary>Gets the model node of each vertex.</summary>
    public int[] VertexNode { get; }

    /// <summary>Gets what each vertex stands for at its node.</summary>
    public NetworkVertexRole[] VertexRole { get; }

    /// <summary>Gets the layer of each arrival and departure vertex; null for origin and destination vertices.</summary>
    public ModeLayer?[] VertexLayer { get; }

    /// <summary>Gets what each edge stands for.</summary>
    public NetworkEdgeKind[] EdgeKind { get; }

    /// <summary>Gets the model link of each Link edge; -1 for node edges.</summary>
    public int[] EdgeLink { get; }

    /// <summary>Gets the model node of each Start, Through and End edge; -1 for Link edges.</summary>
    public int[] EdgeNode { get; }

    /// <summary>Gets a model link of the arrival layer of each Through and End edge; -1 otherwise.</summary>
    public int[] EdgeInbound { get; }

    /// <summary>Gets a model link of the departure layer of each Start and Through edge; -1 otherwise.</summary>
    public int[] EdgeOutbound { get; }

    /// <summary>Gets the great-circle distance in km between the end nodes of each Link edge; 0 for node edges.</summary>
    public double[] EdgeGreatCircleKm { get; }

    /// <summary>Gets the vertex a route starting at model node <paramref name="node"/> leaves from.</summary>
    public int OriginVertex(int node) => _originVertex[node];

    /// <summary>Gets the vertex a route ending at model node <paramref name="node"/> arrives at.</summary>
    public int DestinationVertex(int node) => _destinationVertex[node];

    /// <summary>Gets the index of node <paramref name="id"/> in the model.</summary>
    /// <exception cref="UnknownNodeException">No such node; the message suggests the closest id, or says it is a link.</exception>
    public int NodeOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (NodeIndex.TryGetValue(id, out int index))
        {
            return index;
        }

        bool isLink = Model.Links.Any(l => l.Id == id);
        throw new UnknownNodeException(id, isLink ? null : Suggestions.Closest(id, Model.Nodes.Select(n => n.Id)), isLink);
    }

    /// <summary>Expands <paramref name="model"/>, which must be valid (<see cref="Corridors.Core.Model.Checking.ModelChecker"/>).</summary>
    public static MultimodalNetwork Build(ScenarioModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var nodeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int v = 0; v < model.Nodes.Count; v++)
        {
            nodeIndex.TryAdd(model.Nodes[v].Id, v);
        }

        int n = model.Nodes.Count;
        var arrivals = NewLists(n);
        var departures = NewLists(n);
        var open = new List<int>();
        for (int l = 0; l < model.Links.Count; l++)
        {
            var link = model.Links[l];
            if (link.Open)
            {
                AddLayer(departures[nodeIndex[link.From]], link, l);
                AddLayer(arrivals[nodeIndex[link.To]], link, l);
                open.Add(l);
            }
        }

        var built = new Builder(arrivals, departures);
        foreach (int l in open)
        {
            var link = model.Links[l];
            int from = nodeIndex[link.From];
            int to = nodeIndex[link.To];
            built.Add(
                NetworkEdgeKind.Link,
                built.DepartureVertex[from][LayerIndex(departures[from], link)],
                built.ArrivalVertex[to][LayerIndex(arrivals[to], link)],
                l,
                -1,
                -1,
                -1);
        }

        for (int v = 0; v < n; v++)
        {
            AddStops(model, v, arrivals[v], departures[v], built);
        }

        return new MultimodalNetwork(model, nodeIndex, built);
    }

    private static void AddStops(
        ScenarioModel model, int v, List<(ModeLayer Layer, int Link)> arrivals, List<(ModeLayer Layer, int Link)> departures, Builder built)
    {
        var node = model.Nodes[v];
        for (int j = 0; j < departures.Count; j++)
        {
            built.Add(NetworkEdgeKind.Start, built.Origin[v], built.DepartureVertex[v][j], -1, v, -1, departures[j].Link);
        }

        for (int i = 0; i < arrivals.Count; i++)
        {
            for (int j = 0; j < departures.Count; j++)
            {
                if (StagePlanner.CanContinue(node, model.Links[arrivals[i].Link], model.Links[departures[j].Link]))
                {
                    built.Add(
                        NetworkEdgeKind.Through, built.ArrivalVertex[v][i], built.DepartureVertex[v][j], -1, v, arrivals[i].Link, departures[j].Link);
                }
            }
        }

        for (int i = 0; i < arrivals.Count; i++)
        {
            built.Add(NetworkEdgeKind.End, built.ArrivalVertex[v][i], built.Destination[v], -1, v, arrivals[i].Link, -1);
        }
    }

    private static List<(ModeLayer Layer, int Link)>[] NewLists(int n) => [.. Enumerable.Range(0, n).Select(_ => new List<(ModeLayer, int)>())];

    private static void AddLayer(List<(ModeLayer Layer, int Link)> layers, LinkSpec link, int index)
    {
        if (LayerIndex(layers, link) < 0)
        {
            layers.Add((ModeLayer.Of(link), index));
        }
    }

    private static int LayerIndex(List<(ModeLayer Layer, int Link)> layers, LinkSpec link)
    {
        var layer = ModeLayer.Of(link);
        return layers.FindIndex(p => p.Layer == layer);
    }

    /// <summary>Numbers the vertices node by node (origin, destination, arrival layers, departure layers) and collects edges.</summary>
    private sealed class Builder
    {
        public Builder(List<(ModeLayer Layer, int Link)>[] arrivals, List<(ModeLayer Layer, int Link)>[] departures)
        {
            int n = arrivals.Length;
            Origin = new int[n];
            Destination = new int[n];
            ArrivalVertex = new int[n][];
            DepartureVertex = new int[n][];
            for (int v = 0; v < n; v++)
            {
                Origin[v] = NewVertex(v, NetworkVertexRole.Origin, null);
                Destination[v] = NewVertex(v, NetworkVertexRole.Destination, null);
                ArrivalVertex[v] = [.. arrivals[v].Select(a => NewVertex(v, NetworkVertexRole.Arrival, a.Layer))];
                DepartureVertex[v] = [.. departures[v].Select(d => NewVertex(v, NetworkVertexRole.Departure, d.Layer))];
            }

            Graph = new DirectedGraphBuilder(VertexNode.Count);
        }

        public int[] Origin { get; }

        public int[] Destination { get; }

        public int[][] ArrivalVertex { get; }

        public int[][] DepartureVertex { get; }

        public List<int> VertexNode { get; } = [];

        public List<NetworkVertexRole> VertexRole { get; } = [];

        public List<ModeLayer?> VertexLayer { get; } = [];

        public DirectedGraphBuilder Graph { get; }

        public List<NetworkEdgeKind> Kind { get; } = [];

        public List<int> Link { get; } = [];

        public List<int> Node { get; } = [];

        public List<int> Inbound { get; } = [];

        public List<int> Outbound { get; } = [];

        public void Add(NetworkEdgeKind kind, int from, int to, int link, int node, int inbound, int outbound)
        {
            Graph.AddEdge(from, to);
            Kind.Add(kind);
            Link.Add(link);
            Node.Add(node);
            Inbound.Add(inbound);
            Outbound.Add(outbound);
        }

        private int NewVertex(int node, NetworkVertexRole role, ModeLayer? layer)
        {
            VertexNode.Add(node);
            VertexRole.Add(role);
            VertexLayer.Add(layer);
            return VertexNode.Count - 1;
        }
    }
}
