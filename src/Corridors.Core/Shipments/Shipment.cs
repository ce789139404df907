namespace Corridors.Core.Shipments;

/// <summary>
/// One consignment: a row of the <see cref="ShipmentTable"/>, referenced by index. The actor where the
/// shipment currently is owns the row and is the only one that writes it.
/// </summary>
internal struct Shipment
{
    /// <summary>The flow that created it (index into the model's flows).</summary>
    public int Flow;

    /// <summary>The compiled route it follows (index into the run's route list).</summary>
    public int Route;

    /// <summary>Position on the route: index of the node it is at or travelling to.</summary>
    public int Hop;

    /// <summary>Quantity in the commodity's unit.</summary>
    public double Quantity;

    /// <summary>Mass in tonnes.</summary>
    public double Tonnes;

    /// <summary>Size in TEU (for TEU capacities and reports).</summary>
    public double Teu;

    /// <summary>Creation time in hours.</summary>
    public double CreatedAt;

    /// <summary>When it arrived at its current node or link.</summary>
    public double PlaceEnteredAt;

    /// <summary>When it entered its current queue or stage.</summary>
    public double StageEnteredAt;

    /// <summary>Hours spent queued (not served) at the current node so far.</summary>
    public double QueuedHours;

    /// <summary>The stage it is in at its node.</summary>
    public byte Stage;

    /// <summary>Where it is.</summary>
    public ShipmentPlace Place;

    /// <summary>The next shipment of the same batch (a consolidated lot, one carrier load); -1 ends the chain.</summary>
    public int Next;
}
