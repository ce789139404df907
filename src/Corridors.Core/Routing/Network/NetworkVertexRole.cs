namespace Corridors.Core.Routing.Network;

/// <summary>What a vertex of the expanded network stands for at its node.</summary>
public enum NetworkVertexRole
{
    /// <summary>Where routes starting at the node leave from.</summary>
    Origin,

    /// <summary>Where routes ending at the node arrive.</summary>
    Destination,

    /// <summary>Goods that arrived at the node by one layer (mode, and rail gauge).</summary>
    Arrival,

    /// <summary>Goods about to leave the node by one layer (mode, and rail gauge).</summary>
    Departure,
}
