namespace Corridors.Core.Shipments;

/// <summary>Where a live shipment is; every live shipment is in exactly one place.</summary>
internal enum ShipmentPlace : byte
{
    /// <summary>A free row of the table, not a shipment.</summary>
    Free,

    /// <summary>At a node: blocked at its gate, queued, in service or dwelling.</summary>
    AtNode,

    /// <summary>At a link: waiting for a departure or travelling.</summary>
    OnLink,
}
