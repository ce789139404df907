using Corridors.Core.Model;
using Corridors.Core.Model.Checking;
using Corridors.Core.Routing.Network;
using QuikGraph;

namespace Corridors.Core.Routing.Topology;

/// <summary>
/// The scenario's multimodal network as a QuikGraph <see cref="BidirectionalGraph{TVertex, TEdge}"/>, so any
/// QuikGraph algorithm runs on it (ADR 0007). A view of the expanded network the router uses: same vertex
/// ids, same edge ids, same per-tonne measures; built from that network, never from the scenario again.
/// </summary>
/// <remarks>
/// <see cref="Graph"/> is a copy: changing it changes nothing else. Vertices: per node an origin, a
/// destination, and one arrival and one departure vertex per layer (mode, rail by gauge); edges: links,
/// and Start, Through and End edges at nodes (<c>docs/routing.md</c>).
/// </remarks>
public sealed class CorridorGraph
{
    private readonly CorridorVertex[] _vertices;
    private readonly CorridorEdge[] _edges;

    private CorridorGraph(MultimodalNetwork network, CargoProfile cargo)
    {
        Network = network;
        Cargo = cargo;
        var model = network.Model;
        _vertices = new CorridorVertex[network.Graph.NodeCount];
        for (int v = 0; v < _vertices.Length; v++)
        {
            var layer = network.VertexLayer[v];
            _vertices[v] = new CorridorVertex(v, model.Nodes[network.VertexNode[v]], network.VertexRole[v], layer?.Mode, layer?.GaugeMm);
        }

        var measures = EdgeMeasures.Compute(network, cargo);
        _edges = new CorridorEdge[network.Graph.EdgeCount];
        Graph = new BidirectionalGraph<CorridorVertex, CorridorEdge>(allowParallelEdges: true, _vertices.Length);
        Graph.AddVertexRange(_vertices);
        for (int e = 0; e < _edges.Length; e++)
        {
            var link = network.EdgeLink[e] >= 0 ? model.Links[network.EdgeLink[e]] : null;
            _edges[e] = new CorridorEdge(e, _vertices[network.Graph.Source(e)], _vertices[network.Graph.Target(e)], network.EdgeKind[e], link)
            {
                Hours = measures.Hours[e],
                Usd = measures.Usd[e],
                Co2Kg = measures.Co2Kg[e],
                DistanceKm = measures.Km[e],
                CapacityTonnesPerYear = link is null ? double.PositiveInfinity : FlowGraphBuilder.LinkTonnesPerYear(link, cargo.TonnesPerTeu),
            };
            Graph.AddEdge(_edges[e]);
        }
    }

    /// <summary>Gets the scenario.</summary>
    public ScenarioModel Model => Network.Model;

    /// <summary>Gets the cargo the edge measures are for.</summary>
    public CargoProfile Cargo { get; }

    /// <summary>Gets the graph.</summary>
    public BidirectionalGraph<CorridorVertex, CorridorEdge> Graph { get; }

    /// <summary>Gets the vertices by id.</summary>
    public IReadOnlyList<CorridorVertex> Vertices => _vertices;

    /// <summary>Gets the edges by id.</summary>
    public IReadOnlyList<CorridorEdge> Edges => _edges;

    /// <summary>Gets the expanded network the view shows.</summary>
    internal MultimodalNetwork Network { get; }

    /// <summary>Builds the graph of <paramref name="model"/>, measured for <paramref name="cargo"/> (null = the scenario's reference cargo, <see cref="CargoProfile.Reference"/>).</summary>
    /// <exception cref="InvalidModelException">The model has problems.</exception>
    public static CorridorGraph Build(ScenarioModel model, CargoProfile? cargo = null)
    {
        ModelChecker.ThrowIfInvalid(model);
        return Of(MultimodalNetwork.Build(model), cargo ?? CargoProfile.Reference(model));
    }

    /// <summary>Builds the view of an expanded network the caller already has.</summary>
    internal static CorridorGraph Of(MultimodalNetwork network, CargoProfile cargo) => new(network, cargo);

    /// <summary>Gets the vertex routes starting at node <paramref name="nodeId"/> leave from.</summary>
    /// <exception cref="UnknownNodeException">The scenario has no such node.</exception>
    public CorridorVertex Origin(string nodeId) => _vertices[Network.OriginVertex(NodeOf(nodeId))];

    /// <summary>Gets the vertex routes ending at node <paramref name="nodeId"/> arrive at.</summary>
    /// <exception cref="UnknownNodeException">The scenario has no such node.</exception>
    public CorridorVertex Destination(string nodeId) => _vertices[Network.DestinationVertex(NodeOf(nodeId))];

    /// <summary>
    /// Gets whether goods can go from node <paramref name="from"/> to node <paramref name="to"/> over open
    /// links, changing mode or gauge only where the nodes allow it: the reachability every check uses.
    /// </summary>
    /// <exception cref="UnknownNodeException">The scenario has no such node.</exception>
    public bool Reaches(string from, string to) => Reachability.Reaches(Graph, Origin(from), Destination(to), static _ => true);

    private int NodeOf(string id) => Network.NodeOf(id);
}
