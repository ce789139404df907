namespace Corridors.Graphs.Paths;

/// <summary>
/// A path found by Yen's algorithm with the index of the node where it left its parent path.
/// Ordered by (cost, node ids lexicographically, edge ids lexicographically), a total order, so the
/// candidate queue pops the same path on every run; equal when the edge sequences are equal.
/// </summary>
internal sealed class YenCandidate : IComparable<YenCandidate>, IEquatable<YenCandidate>
{
    private readonly int _hash;

    public YenCandidate(GraphPath path, int deviation)
    {
        Path = path;
        Deviation = deviation;
        var hash = default(HashCode);
        foreach (int edge in path.Edges)
        {
            hash.Add(edge);
        }

        _hash = hash.ToHashCode();
    }

    /// <summary>Gets the path.</summary>
    public GraphPath Path { get; }

    /// <summary>Gets the index in <see cref="Path"/>'s nodes of its spur node; only later nodes are spurred from it (Lawler).</summary>
    public int Deviation { get; }

    /// <inheritdoc />
    public int CompareTo(YenCandidate? other)
    {
        if (other is null)
        {
            return 1;
        }

        int byCost = Path.Cost.CompareTo(other.Path.Cost);
        if (byCost != 0)
        {
            return byCost;
        }

        int byNodes = Path.Nodes.AsSpan().SequenceCompareTo(other.Path.Nodes.AsSpan());
        return byNodes != 0 ? byNodes : Path.Edges.AsSpan().SequenceCompareTo(other.Path.Edges.AsSpan());
    }

    /// <inheritdoc />
    public bool Equals(YenCandidate? other) =>
        other is not null && _hash == other._hash && Path.Edges.AsSpan().SequenceEqual(other.Path.Edges.AsSpan());

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as YenCandidate);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;
}
