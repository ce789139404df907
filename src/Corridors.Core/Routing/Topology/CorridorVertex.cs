using Corridors.Core.Model;
using Corridors.Core.Routing.Network;

namespace Corridors.Core.Routing.Topology;

/// <summary>
/// A vertex of <see cref="CorridorGraph"/>: one role of one node (origin, destination, or arriving or
/// departing by one layer). Compared by reference: each vertex exists once per graph.
/// </summary>
public sealed class CorridorVertex
{
    internal CorridorVertex(int id, NodeSpec node, NetworkVertexRole role, TransportMode? mode, int? gaugeMm)
    {
        Id = id;
        Node = node;
        Role = role;
        Mode = mode;
        GaugeMm = gaugeMm;
    }

    /// <summary>Gets the vertex id, 0 … vertex count − 1: the id the routing engine uses for the same vertex.</summary>
    public int Id { get; }

    /// <summary>Gets the scenario node the vertex belongs to.</summary>
    public NodeSpec Node { get; }

    /// <summary>Gets the node id.</summary>
    public string NodeId => Node.Id;

    /// <summary>Gets the node kind.</summary>
    public NodeKind Kind => Node.Kind;

    /// <summary>Gets the node's position.</summary>
    public GeoPoint Location => Node.Location;

    /// <summary>Gets what the vertex stands for at its node.</summary>
    public NetworkVertexRole Role { get; }

    /// <summary>Gets the mode of an arrival or departure vertex; null for origin and destination vertices.</summary>
    public TransportMode? Mode { get; }

    /// <summary>Gets the rail gauge in mm of a rail layer that states one; null otherwise.</summary>
    public int? GaugeMm { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        Mode is null ? $"{NodeId}:{Role}" : $"{NodeId}:{Role}:{Mode}{(GaugeMm is { } gauge ? $"-{gauge}" : string.Empty)}";
}
