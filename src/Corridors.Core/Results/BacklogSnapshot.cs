namespace Corridors.Core.Results;

/// <summary>Goods in the system at one moment: by corridor, and by the node or link where they are.</summary>
public sealed record BacklogSnapshot
{
    /// <summary>Gets, per corridor (in the order of <see cref="ReplicationResult.Flows"/>), the shipments in the system.</summary>
    public required IReadOnlyList<long> CorridorShipments { get; init; }

    /// <summary>Gets, per corridor, the tonnes in the system.</summary>
    public required IReadOnlyList<double> CorridorTonnes { get; init; }

    /// <summary>Gets, per node in model order, the tonnes at the node (blocked at its gate, queued, in service or dwelling).</summary>
    public required IReadOnlyList<double> NodeTonnes { get; init; }

    /// <summary>Gets, per link in model order, the tonnes on the link (waiting for a departure or travelling).</summary>
    public required IReadOnlyList<double> LinkTonnes { get; init; }
}
