namespace Corridors.Core.Results;

/// <summary>
/// Where every shipment created in the run is at the horizon (whole run, warm-up included).
/// Generated = Delivered + AtNodes + OnLinks must hold, and the actors' own counts must agree with
/// the shipment table's.
/// </summary>
/// <param name="Generated">Shipments created.</param>
/// <param name="Delivered">Shipments delivered.</param>
/// <param name="AtNodes">Shipments at nodes at the horizon, counted by the shipment table.</param>
/// <param name="OnLinks">Shipments on links at the horizon, counted by the shipment table.</param>
/// <param name="AtNodesByActors">Shipments at nodes, counted by the node actors themselves.</param>
/// <param name="OnLinksByActors">Shipments on links, counted by the link actors themselves.</param>
public sealed record Conservation(long Generated, long Delivered, long AtNodes, long OnLinks, long AtNodesByActors, long OnLinksByActors)
{
    /// <summary>Gets whether nothing was lost or double-counted.</summary>
    public bool Holds => Generated == Delivered + AtNodes + OnLinks && AtNodes == AtNodesByActors && OnLinks == OnLinksByActors;

    /// <summary>Describes the balance in one line.</summary>
    public override string ToString() =>
        $"generated {Generated} = delivered {Delivered} + at nodes {AtNodes} (actors: {AtNodesByActors}) + on links {OnLinks} (actors: {OnLinksByActors}): {(Holds ? "holds" : "VIOLATED")}";
}
