namespace Corridors.Graphs;

/// <summary>
/// One direction of a graph's adjacency in compressed-sparse-row form: the edges of node
/// <c>v</c> sit at slots <c>Start[v] .. Start[v+1]-1</c> of <see cref="Edge"/> (edge ids, increasing)
/// and <see cref="Neighbor"/> (the node at the other end, so inner loops need no second lookup).
/// </summary>
internal sealed class CompressedAdjacency
{
    private CompressedAdjacency(int[] start, int[] edge, int[] neighbor)
    {
        Start = start;
        Edge = edge;
        Neighbor = neighbor;
    }

    /// <summary>Gets the first slot of each node; length <c>NodeCount + 1</c>.</summary>
    public int[] Start { get; }

    /// <summary>Gets the edge id in each slot.</summary>
    public int[] Edge { get; }

    /// <summary>Gets the node at the far end of the edge in each slot.</summary>
    public int[] Neighbor { get; }

    /// <summary>Gets the edge ids of <paramref name="node"/>'s slots.</summary>
    public ReadOnlySpan<int> EdgesOf(int node) => Edge.AsSpan(Start[node], Start[node + 1] - Start[node]);

    /// <summary>
    /// Groups edges by <paramref name="key"/> node with a stable counting sort, so each node's
    /// edges stay in increasing edge-id order.
    /// </summary>
    public static CompressedAdjacency Build(int nodeCount, int[] key, int[] other)
    {
        var start = new int[nodeCount + 1];
        foreach (int node in key)
        {
            start[node + 1]++;
        }

        for (int v = 0; v < nodeCount; v++)
        {
            start[v + 1] += start[v];
        }

        var next = start.AsSpan(0, nodeCount).ToArray();
        var edge = new int[key.Length];
        var neighbor = new int[key.Length];
        for (int e = 0; e < key.Length; e++)
        {
            int slot = next[key[e]]++;
            edge[slot] = e;
            neighbor[slot] = other[e];
        }

        return new CompressedAdjacency(start, edge, neighbor);
    }
}
