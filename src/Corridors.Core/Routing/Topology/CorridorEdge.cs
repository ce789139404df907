using Corridors.Core.Model;
using Corridors.Core.Routing.Network;
using QuikGraph;

namespace Corridors.Core.Routing.Topology;

/// <summary>
/// An edge of <see cref="CorridorGraph"/>: a scenario link, or a way of starting, passing or ending at a
/// node. The measures are per tonne of the graph's <see cref="CorridorGraph.Cargo"/>, exactly the numbers
/// the router prices with (<c>docs/routing.md</c>).
/// </summary>
public sealed class CorridorEdge : IEdge<CorridorVertex>
{
    internal CorridorEdge(int id, CorridorVertex source, CorridorVertex target, NetworkEdgeKind kind, LinkSpec? link)
    {
        Id = id;
        Source = source;
        Target = target;
        Kind = kind;
        Link = link;
    }

    /// <summary>Gets the edge id, 0 … edge count − 1: the id the routing engine uses for the same edge.</summary>
    public int Id { get; }

    /// <inheritdoc/>
    public CorridorVertex Source { get; }

    /// <inheritdoc/>
    public CorridorVertex Target { get; }

    /// <summary>Gets what the edge stands for.</summary>
    public NetworkEdgeKind Kind { get; }

    /// <summary>Gets the scenario link of a <see cref="NetworkEdgeKind.Link"/> edge; null for node edges.</summary>
    public LinkSpec? Link { get; }

    /// <summary>Gets the node of a Start, Through or End edge; the link's start node for a Link edge.</summary>
    public string NodeId => Source.NodeId;

    /// <summary>Gets the hours one tonne spends on the edge: travel and expected waits, or expected stage delays at a node.</summary>
    public double Hours { get; internal init; }

    /// <summary>Gets the USD one tonne pays: the tariff, or the transshipment charge when the mode changes.</summary>
    public double Usd { get; internal init; }

    /// <summary>Gets the kg CO2 one tonne emits on the edge (0 at nodes).</summary>
    public double Co2Kg { get; internal init; }

    /// <summary>Gets the km of a link (0 at nodes).</summary>
    public double DistanceKm { get; internal init; }

    /// <summary>Gets the annual capacity of a link in t/yr for the graph's cargo; +∞ when unstated and for node edges.</summary>
    public double CapacityTonnesPerYear { get; internal init; }

    /// <inheritdoc/>
    public override string ToString() => Link is null ? $"{Kind} {Source} → {Target}" : $"{Link.Id} ({Source} → {Target})";
}
