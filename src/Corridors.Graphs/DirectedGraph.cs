namespace Corridors.Graphs;

/// <summary>
/// An immutable directed multigraph in compressed-sparse-row form. Nodes are the integers
/// <c>0 .. NodeCount-1</c>; edges are the integers <c>0 .. EdgeCount-1</c> in the order they were
/// added to the <see cref="DirectedGraphBuilder"/>, so callers keep per-edge data (weights,
/// capacities, costs) in plain arrays indexed by edge id. Parallel edges and self-loops are allowed.
/// </summary>
/// <remarks>
/// Algorithms bind to this sealed class rather than to an interface: the inner loops read the
/// adjacency arrays directly, which an interface call per edge would slow down (see docs/adr).
/// Instances are safe to share between threads; the algorithm workspaces are not.
/// </remarks>
public sealed class DirectedGraph
{
    private readonly int[] _edgeSource;
    private readonly int[] _edgeTarget;
    private readonly CompressedAdjacency _out;
    private readonly CompressedAdjacency _in;
    private DirectedGraph? _reversed;

    internal DirectedGraph(int nodeCount, int[] edgeSource, int[] edgeTarget)
    {
        NodeCount = nodeCount;
        _edgeSource = edgeSource;
        _edgeTarget = edgeTarget;
        _out = CompressedAdjacency.Build(nodeCount, edgeSource, edgeTarget);
        _in = CompressedAdjacency.Build(nodeCount, edgeTarget, edgeSource);
    }

    private DirectedGraph(DirectedGraph original)
    {
        NodeCount = original.NodeCount;
        _edgeSource = original._edgeTarget;
        _edgeTarget = original._edgeSource;
        _out = original._in;
        _in = original._out;
        _reversed = original;
    }

    /// <summary>Gets the number of nodes (≥ 0); node ids are <c>0 .. NodeCount-1</c>.</summary>
    public int NodeCount { get; }

    /// <summary>Gets the number of edges (≥ 0); edge ids are <c>0 .. EdgeCount-1</c>.</summary>
    public int EdgeCount => _edgeSource.Length;

    /// <summary>
    /// Gets the same graph with every edge turned around, keeping node and edge ids, so per-edge
    /// arrays of this graph apply to it unchanged. Shares storage with this graph (no copy).
    /// </summary>
    public DirectedGraph Reversed => _reversed ??= new DirectedGraph(this);

    /// <summary>Gets the node edge <paramref name="edge"/> leaves (its tail).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The edge id is not in <c>0 .. EdgeCount-1</c>.</exception>
    public int Source(int edge) => _edgeSource[CheckEdge(edge)];

    /// <summary>Gets the node edge <paramref name="edge"/> enters (its head).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The edge id is not in <c>0 .. EdgeCount-1</c>.</exception>
    public int Target(int edge) => _edgeTarget[CheckEdge(edge)];

    /// <summary>Gets the ids of the edges leaving <paramref name="node"/>, in increasing order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The node id is not in <c>0 .. NodeCount-1</c>.</exception>
    public ReadOnlySpan<int> OutEdges(int node) => _out.EdgesOf(CheckNode(node));

    /// <summary>Gets the ids of the edges entering <paramref name="node"/>, in increasing order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The node id is not in <c>0 .. NodeCount-1</c>.</exception>
    public ReadOnlySpan<int> InEdges(int node) => _in.EdgesOf(CheckNode(node));

    /// <summary>Gets the CSR arrays of the edges leaving each node, for the algorithms' inner loops.</summary>
    internal CompressedAdjacency Out => _out;

    /// <summary>Gets the CSR arrays of the edges entering each node.</summary>
    internal CompressedAdjacency In => _in;

    /// <summary>Gets the tail of every edge, indexed by edge id.</summary>
    internal int[] EdgeSources => _edgeSource;

    /// <summary>Gets the head of every edge, indexed by edge id.</summary>
    internal int[] EdgeTargets => _edgeTarget;

    /// <summary>Throws unless <paramref name="node"/> is a node of this graph; returns it.</summary>
    internal int CheckNode(int node, string paramName = "node")
    {
        if ((uint)node >= (uint)NodeCount)
        {
            throw new ArgumentOutOfRangeException(paramName, node, $"Node {node} is not in the graph (0..{NodeCount - 1}).");
        }

        return node;
    }

    private int CheckEdge(int edge)
    {
        if ((uint)edge >= (uint)EdgeCount)
        {
            throw new ArgumentOutOfRangeException(nameof(edge), edge, $"Edge {edge} is not in the graph (0..{EdgeCount - 1}).");
        }

        return edge;
    }
}
