using System.Runtime.InteropServices;

namespace Corridors.Graphs.Paths;

/// <summary>Turns a predecessor-edge array (one entry per node, -1 = none) into paths.</summary>
internal static class PredecessorTree
{
    /// <summary>The path from the tree's root to <paramref name="node"/>, or null if the node was not reached.</summary>
    public static GraphPath? PathTo(DirectedGraph graph, int[] predecessor, double[] distance, int node)
    {
        if (distance[node] == double.PositiveInfinity)
        {
            return null;
        }

        int[] sources = graph.EdgeSources;
        int length = 0;
        for (int v = node; predecessor[v] >= 0; v = sources[predecessor[v]])
        {
            length++;
        }

        var nodes = new int[length + 1];
        var edges = new int[length];
        nodes[length] = node;
        for (int i = length - 1, v = node; i >= 0; i--)
        {
            edges[i] = predecessor[v];
            v = sources[edges[i]];
            nodes[i] = v;
        }

        return new GraphPath(
            ImmutableCollectionsMarshal.AsImmutableArray(nodes),
            ImmutableCollectionsMarshal.AsImmutableArray(edges),
            distance[node]);
    }
}
