using Corridors.Core.Model;
using Corridors.Core.Shipments;
using Corridors.Kernel;
using Corridors.Kernel.Actors;

namespace Corridors.Core.Actors.Stations;

/// <summary>
/// Holds shipments bound for the same next link in a lot until the lot reaches its target tonnes or
/// its first shipment has waited the longest hold; the lot then moves on as one chain (one customs
/// clearance, one dwell). A component of a border-trade-center actor.
/// </summary>
internal sealed class Consolidator
{
    private readonly ConsolidationSpec _spec;
    private readonly ShipmentTable _shipments;
    private readonly Simulation _simulation;
    private readonly ActorAddress _owner;
    private readonly Dictionary<int, int> _lotOfLink = [];
    private readonly List<Lot> _lots = [];

    public Consolidator(ConsolidationSpec spec, ShipmentTable shipments, Simulation simulation, ActorAddress owner)
    {
        _spec = spec;
        _shipments = shipments;
        _simulation = simulation;
        _owner = owner;
    }

    /// <summary>Adds a shipment bound for <paramref name="link"/>; returns the head of a lot released now, or -1 while it is held.</summary>
    public int Add(int job, int link)
    {
        if (!_lotOfLink.TryGetValue(link, out var index))
        {
            index = _lots.Count;
            _lotOfLink.Add(link, index);
            _lots.Add(new Lot());
        }

        var lot = _lots[index];
        if (lot.Head < 0)
        {
            lot.Head = job;
            _simulation.Send(_owner, new Message(NodeMessages.HoldExpired, Arg: index, Value: lot.Generation), _spec.MaxHoldHours);
        }
        else
        {
            _shipments[lot.Tail].Next = job;
        }

        lot.Tail = job;
        lot.Tonnes += _shipments[job].Tonnes;
        return lot.Tonnes >= _spec.TargetTonnes ? Release(lot) : -1;
    }

    /// <summary>The longest hold of lot <paramref name="index"/> passed; returns its head, or -1 if that lot already left.</summary>
    public int Expired(int index, long generation)
    {
        var lot = _lots[index];
        return lot.Generation == generation && lot.Head >= 0 ? Release(lot) : -1;
    }

    private static int Release(Lot lot)
    {
        var head = lot.Head;
        lot.Head = -1;
        lot.Tail = -1;
        lot.Tonnes = 0;
        lot.Generation++;
        return head;
    }

    private sealed class Lot
    {
        public int Head { get; set; } = -1;

        public int Tail { get; set; } = -1;

        public double Tonnes { get; set; }

        public long Generation { get; set; }
    }
}
