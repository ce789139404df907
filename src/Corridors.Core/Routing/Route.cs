namespace Corridors.Core.Routing;

/// <summary>
/// A path through the network: the nodes in order and the links between them, as indices into the
/// model's node and link lists. <c>Links[i]</c> goes from <c>Nodes[i]</c> to <c>Nodes[i + 1]</c>.
/// </summary>
/// <param name="Nodes">Node indices, origin first, destination last (at least two).</param>
/// <param name="Links">Link indices, one fewer than the nodes.</param>
public sealed record Route(IReadOnlyList<int> Nodes, IReadOnlyList<int> Links)
{
    /// <summary>Gets the number of legs (links).</summary>
    public int Legs => Links.Count;

    /// <inheritdoc />
    public bool Equals(Route? other) =>
        other is not null && Nodes.SequenceEqual(other.Nodes) && Links.SequenceEqual(other.Links);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var l in Links)
        {
            hash.Add(l);
        }

        return hash.ToHashCode();
    }
}
