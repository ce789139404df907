using Corridors.Graphs.Paths;

namespace Corridors.Core.Routing.Network;

/// <summary>
/// A route found by <see cref="RouteSearch"/> with the index of the vertex where it left its parent.
/// Ordered by (cost, vertex ids, edge ids), a total order, so the same candidate wins on every run;
/// equal when the edge sequences are equal.
/// </summary>
internal sealed class RouteCandidate(GraphPath path, int deviation) : IComparable<RouteCandidate>, IEquatable<RouteCandidate>
{
    /// <summary>Gets the path in the expanded network.</summary>
    public GraphPath Path { get; } = path;

    /// <summary>Gets the index of the vertex it was spurred from; only later vertices are spurred from it.</summary>
    public int Deviation { get; } = deviation;

    public int CompareTo(RouteCandidate? other)
    {
        if (other is null)
        {
            return 1;
        }

        int order = Path.Cost.CompareTo(other.Path.Cost);
        order = order != 0 ? order : Path.Nodes.AsSpan().SequenceCompareTo(other.Path.Nodes.AsSpan());
        return order != 0 ? order : Path.Edges.AsSpan().SequenceCompareTo(other.Path.Edges.AsSpan());
    }

    public bool Equals(RouteCandidate? other) => other is not null && Path.Edges.AsSpan().SequenceEqual(other.Path.Edges.AsSpan());

    public override bool Equals(object? obj) => Equals(obj as RouteCandidate);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (int edge in Path.Edges)
        {
            hash.Add(edge);
        }

        return hash.ToHashCode();
    }
}
