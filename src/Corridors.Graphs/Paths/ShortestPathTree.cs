using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Corridors.Graphs.Paths;

/// <summary>An immutable one-to-all result: shortest distances and a predecessor edge per node.</summary>
public sealed class ShortestPathTree
{
    private readonly DirectedGraph _graph;
    private readonly double[] _distance;
    private readonly int[] _predecessor;

    /// <summary>Takes ownership of <paramref name="distance"/> and <paramref name="predecessor"/>.</summary>
    internal ShortestPathTree(DirectedGraph graph, int source, double[] distance, int[] predecessor)
    {
        _graph = graph;
        Source = source;
        _distance = distance;
        _predecessor = predecessor;
    }

    /// <summary>Gets the node the tree grows from.</summary>
    public int Source { get; }

    /// <summary>Gets the shortest distance by node id, in weight units; +∞ for unreachable nodes.</summary>
    public ImmutableArray<double> Distances => ImmutableCollectionsMarshal.AsImmutableArray(_distance);

    /// <summary>Gets the last edge of a shortest path by node id; -1 for the source and unreachable nodes.</summary>
    public ImmutableArray<int> PredecessorEdges => ImmutableCollectionsMarshal.AsImmutableArray(_predecessor);

    /// <summary>Gets the shortest distance from <see cref="Source"/> to <paramref name="node"/>; +∞ if unreachable.</summary>
    public double Distance(int node) => _distance[_graph.CheckNode(node)];

    /// <summary>Gets a shortest path from <see cref="Source"/> to <paramref name="node"/>, or null if unreachable.</summary>
    public GraphPath? PathTo(int node) => PredecessorTree.PathTo(_graph, _predecessor, _distance, _graph.CheckNode(node));
}
