using Corridors.Core.Actors.Nodes;
using Corridors.Core.Shipments;

namespace Corridors.Core.Actors.Stations;

/// <summary>
/// A node's yard: tonnes stored against its capacity. An arrival that does not fit waits at the gate
/// (blocked), in arrival order, until enough leaves; a shipment larger than the whole yard is let in
/// when the yard is empty, so nothing is stuck for ever. A struct kept inline in its node actor, which
/// passes in the shipment table and its statistics (issue 16: one object per node event, not three).
/// </summary>
internal struct StorageGate(double? capacityTonnes)
{
    // A hair of tolerance so tonnages that sum to the capacity exactly are not refused by rounding.
    private const double Tolerance = 1e-9;

    private readonly double _capacity = capacityTonnes ?? double.PositiveInfinity;
    // Created when the first arrival is blocked: most nodes never block, and their events need not touch it.
    private IntQueue? _blocked;
    private double _stored;

    /// <summary>Lets <paramref name="job"/> in and returns true, or holds it at the gate and returns false.</summary>
    public bool TryEnter(int job, double now, ShipmentTable shipments, ref NodeStatistics statistics)
    {
        var tonnes = shipments[job].Tonnes;
        if (_blocked is { Count: > 0 } || !Fits(tonnes))
        {
            (_blocked ??= new IntQueue()).Enqueue(job);
            statistics.Blocked.Add(now, 1);
            return false;
        }

        _stored += tonnes;
        return true;
    }

    /// <summary>Frees the space of <paramref name="tonnes"/> that left the yard.</summary>
    public void Release(double tonnes) => _stored = Math.Max(0, _stored - tonnes);

    /// <summary>Lets in the first shipment waiting at the gate if it now fits and returns it, or returns -1.</summary>
    /// <remarks>Asked after every departure, and nearly always nothing waits: that check stays small enough to inline.</remarks>
    public int NextAdmitted(double now, ShipmentTable shipments, ref NodeStatistics statistics) =>
        _blocked is { Count: > 0 } ? AdmitFirst(now, shipments, ref statistics) : -1;

    private int AdmitFirst(double now, ShipmentTable shipments, ref NodeStatistics statistics)
    {
        ref var s = ref shipments[_blocked!.Peek()];
        if (!Fits(s.Tonnes))
        {
            return -1;
        }

        var blockedHours = now - s.StageEnteredAt;
        s.QueuedHours += blockedHours;
        statistics.BlockedHours.Add(blockedHours);
        statistics.Blocked.Add(now, -1);
        _stored += s.Tonnes;
        return _blocked.Dequeue();
    }

    private readonly bool Fits(double tonnes) => _stored == 0 || _stored + tonnes <= _capacity + Tolerance;
}
