using System.Runtime.CompilerServices;

namespace Corridors.Graphs.Collections;

/// <summary>
/// A 4-ary min-heap of node ids keyed by a double, with decrease-key through a position index.
/// Equal keys pop in increasing node id, so searches break ties the same way on every run.
/// Allocates only in the constructor.
/// </summary>
internal sealed class IndexedMinHeap
{
    private const int Absent = -1;
    private readonly double[] _keys;
    private readonly int[] _nodes;
    private readonly int[] _position;
    private int _count;

    /// <summary>Creates an empty heap for nodes <c>0 .. nodeCount-1</c>.</summary>
    public IndexedMinHeap(int nodeCount)
    {
        _keys = new double[nodeCount];
        _nodes = new int[nodeCount];
        _position = new int[nodeCount];
        Array.Fill(_position, Absent);
    }

    /// <summary>Gets the number of nodes in the heap.</summary>
    public int Count => _count;

    /// <summary>Gets whether <paramref name="node"/> is in the heap.</summary>
    public bool Contains(int node) => _position[node] != Absent;

    /// <summary>Empties the heap in O(Count).</summary>
    public void Clear()
    {
        for (int i = 0; i < _count; i++)
        {
            _position[_nodes[i]] = Absent;
        }

        _count = 0;
    }

    /// <summary>Inserts <paramref name="node"/> or lowers its key; a higher key is ignored.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void InsertOrDecrease(int node, double key)
    {
        int i = _position[node];
        if (i == Absent)
        {
            i = _count++;
        }
        else if (key >= _keys[i])
        {
            return;
        }

        SiftUp(i, node, key);
    }

    /// <summary>Removes and returns the node with the smallest (key, node id); the heap must not be empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int ExtractMin(out double key)
    {
        int top = _nodes[0];
        key = _keys[0];
        _position[top] = Absent;
        int last = --_count;
        if (last > 0)
        {
            SiftDown(_nodes[last], _keys[last]);
        }

        return top;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SiftUp(int i, int node, double key)
    {
        while (i > 0)
        {
            int parent = (i - 1) >> 2;
            double parentKey = _keys[parent];
            if (parentKey < key || (parentKey == key && _nodes[parent] < node))
            {
                break;
            }

            Place(i, _nodes[parent], parentKey);
            i = parent;
        }

        Place(i, node, key);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SiftDown(int node, double key)
    {
        int i = 0;
        int count = _count;
        while (true)
        {
            int first = (i << 2) + 1;
            if (first >= count)
            {
                break;
            }

            int best = first;
            double bestKey = _keys[first];
            int end = Math.Min(first + 4, count);
            for (int c = first + 1; c < end; c++)
            {
                double k = _keys[c];
                if (k < bestKey || (k == bestKey && _nodes[c] < _nodes[best]))
                {
                    best = c;
                    bestKey = k;
                }
            }

            if (key < bestKey || (key == bestKey && node < _nodes[best]))
            {
                break;
            }

            Place(i, _nodes[best], bestKey);
            i = best;
        }

        Place(i, node, key);
    }

    private void Place(int i, int node, double key)
    {
        _keys[i] = key;
        _nodes[i] = node;
        _position[node] = i;
    }
}
