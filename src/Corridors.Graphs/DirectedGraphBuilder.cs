namespace Corridors.Graphs;

/// <summary>
/// Collects the edges of a <see cref="DirectedGraph"/>. Each added edge gets the next edge id
/// (0, 1, 2, …), which the built graph keeps.
/// </summary>
public sealed class DirectedGraphBuilder
{
    private readonly List<int> _sources;
    private readonly List<int> _targets;

    /// <summary>Starts a graph with nodes <c>0 .. nodeCount-1</c> and no edges.</summary>
    /// <param name="nodeCount">Number of nodes, ≥ 0.</param>
    /// <param name="edgeCapacity">Expected number of edges (a sizing hint, ≥ 0).</param>
    public DirectedGraphBuilder(int nodeCount, int edgeCapacity = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        ArgumentOutOfRangeException.ThrowIfNegative(edgeCapacity);
        NodeCount = nodeCount;
        _sources = new List<int>(edgeCapacity);
        _targets = new List<int>(edgeCapacity);
    }

    /// <summary>Gets the number of nodes of the graph being built.</summary>
    public int NodeCount { get; }

    /// <summary>Gets the number of edges added so far, which is also the id the next edge gets.</summary>
    public int EdgeCount => _sources.Count;

    /// <summary>Adds the directed edge <paramref name="source"/> → <paramref name="target"/>.</summary>
    /// <param name="source">Tail node, in <c>0 .. NodeCount-1</c>.</param>
    /// <param name="target">Head node, in <c>0 .. NodeCount-1</c>.</param>
    /// <returns>The new edge's id.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Either node id is out of range.</exception>
    public int AddEdge(int source, int target)
    {
        CheckNode(source, nameof(source));
        CheckNode(target, nameof(target));
        _sources.Add(source);
        _targets.Add(target);
        return _sources.Count - 1;
    }

    /// <summary>Builds the immutable graph; the builder may be reused (later edges do not affect it).</summary>
    public DirectedGraph Build() => new(NodeCount, [.. _sources], [.. _targets]);

    private void CheckNode(int node, string paramName)
    {
        if ((uint)node >= (uint)NodeCount)
        {
            throw new ArgumentOutOfRangeException(
                paramName, node, $"Edge {EdgeCount}: node {node} is not in the graph (0..{NodeCount - 1}).");
        }
    }
}
