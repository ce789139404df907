using System.Collections.Immutable;
using System.Globalization;

namespace Corridors.Graphs.Paths;

/// <summary>A path through a <see cref="DirectedGraph"/>: its nodes, the edges between them, and its cost.</summary>
public sealed class GraphPath
{
    /// <summary>Creates a path; <paramref name="nodes"/> has exactly one more element than <paramref name="edges"/>.</summary>
    /// <param name="nodes">Node ids from source to target (at least one).</param>
    /// <param name="edges">Edge ids, <c>edges[i]</c> leading from <c>nodes[i]</c> to <c>nodes[i+1]</c>.</param>
    /// <param name="cost">Sum of the edge weights along the path, in weight units (≥ 0).</param>
    public GraphPath(ImmutableArray<int> nodes, ImmutableArray<int> edges, double cost)
    {
        if (nodes.IsDefaultOrEmpty || edges.IsDefault || nodes.Length != edges.Length + 1)
        {
            throw new ArgumentException("A path needs at least one node and exactly one edge fewer than nodes.", nameof(edges));
        }

        Nodes = nodes;
        Edges = edges;
        Cost = cost;
    }

    /// <summary>Gets the node ids from source to target.</summary>
    public ImmutableArray<int> Nodes { get; }

    /// <summary>Gets the edge ids in travel order (empty when source = target).</summary>
    public ImmutableArray<int> Edges { get; }

    /// <summary>Gets the sum of the edge weights, added in travel order, in weight units.</summary>
    public double Cost { get; }

    /// <summary>Gets the first node.</summary>
    public int Source => Nodes[0];

    /// <summary>Gets the last node.</summary>
    public int Target => Nodes[^1];

    /// <summary>Formats the path as <c>0 -e3-> 4 -e7-> 9 (cost 12.5)</c>.</summary>
    public override string ToString()
    {
        var text = new System.Text.StringBuilder().Append(Nodes[0]);
        for (int i = 0; i < Edges.Length; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $" -e{Edges[i]}-> {Nodes[i + 1]}");
        }

        return text.Append(CultureInfo.InvariantCulture, $" (cost {Cost:R})").ToString();
    }
}
