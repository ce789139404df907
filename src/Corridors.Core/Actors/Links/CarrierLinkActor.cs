using Corridors.Core.Model;
using Corridors.Core.World;
using Corridors.Kernel.Actors;

namespace Corridors.Core.Actors.Links;

/// <summary>
/// A link worked by a carrier (ferry, vessel, train): shipments wait at the origin and leave together,
/// up to the departure's capacity, on a timetable or when full (or when the first has waited the
/// longest wait). With a fleet, a departure also needs a vehicle back from its round trip.
/// A capacity factor f in (0, 1) loads each departure to f of its capacity and leaves travel times
/// alone, so a line carries f of what it did (shallow water, ice-class loading limits).
/// </summary>
internal sealed class CarrierLinkActor : LinkActor
{
    private readonly CarrierSpec _carrier;
    private readonly IntQueue _waiting = new();
    private double _waitingAmount;
    private int _vehiclesIn;
    private int _token;

    public CarrierLinkActor(ActorActivation activation, ReplicationContext context, int index)
        : base(activation, context, index)
    {
        _carrier = Spec.Carrier!;
        _vehiclesIn = _carrier.Fleet ?? int.MaxValue;
    }

    private double EffectiveCapacity => _carrier.Capacity * CapacityFactor;

    protected override void Start()
    {
        if (_carrier.Departure is TimetableDeparture timetable)
        {
            SendSelf(new Message(LinkMessages.DepartureDue), timetable.OffsetHours);
        }
    }

    protected override void Enter(int job)
    {
        _waiting.Enqueue(job);
        _waitingAmount += Amount(job);
        Statistics.Waiting.Set(Now, _waiting.Count);
        PublishBacklog();
        if (_carrier.Departure is WhenFullDeparture whenFull)
        {
            if (_waiting.Count == 1 && !double.IsPositiveInfinity(whenFull.MaxWaitHours))
            {
                SendSelf(new Message(LinkMessages.DepartureDue, Arg: ++_token), whenFull.MaxWaitHours);
            }

            DepartWhileFull();
        }
    }

    protected override void DepartureDue(int token)
    {
        if (_carrier.Departure is TimetableDeparture timetable)
        {
            SendSelf(new Message(LinkMessages.DepartureDue), timetable.HeadwayHours);
            if (!TryDepart())
            {
                Statistics.CancelledDepartures++;
            }
        }
        else if (token == _token && _waiting.Count > 0)
        {
            TryDepart();
        }
    }

    protected override void VehicleBack()
    {
        _vehiclesIn++;
        if (_carrier.Departure is WhenFullDeparture)
        {
            DepartWhileFull();
            DepartIfOverdue();
        }
    }

    protected override void CapacityChanged()
    {
        PublishBacklog();
        if (_carrier.Departure is WhenFullDeparture)
        {
            DepartWhileFull();
            DepartIfOverdue();
        }
    }

    private void DepartWhileFull()
    {
        while (_waiting.Count > 0 && _waitingAmount >= EffectiveCapacity && CapacityFactor != 0 && TryDepart())
        {
        }
    }

    // A when-full carrier held back by a closure or a missing vehicle leaves as soon as it can once its longest wait has passed.
    private void DepartIfOverdue()
    {
        if (_waiting.Count > 0 && Now - Shipments[_waiting.Peek()].PlaceEnteredAt >= ((WhenFullDeparture)_carrier.Departure).MaxWaitHours)
        {
            TryDepart();
        }
    }

    private bool TryDepart()
    {
        if (CapacityFactor == 0 || _vehiclesIn == 0)
        {
            return false;
        }

        // Load in arrival order while the next shipment fits; a shipment larger than a whole departure goes alone.
        var capacity = EffectiveCapacity;
        int head = -1, tail = -1;
        var loaded = 0.0;
        var tonnes = 0.0;
        while (_waiting.Count > 0 && (head < 0 || loaded + Amount(_waiting.Peek()) <= capacity + 1e-9))
        {
            var job = _waiting.Dequeue();
            loaded += Amount(job);
            tonnes += Shipments[job].Tonnes;
            if (head < 0)
            {
                head = job;
            }
            else
            {
                Shipments[tail].Next = job;
            }

            tail = job;
        }

        _waitingAmount = _waiting.Count == 0 ? 0 : _waitingAmount - loaded;
        Statistics.Waiting.Set(Now, _waiting.Count);
        Statistics.LoadFactor.Add(loaded / _carrier.Capacity);
        var travel = SampleTravelHours();
        if (head >= 0)
        {
            Dispatch(head, travel);
            Origin.Released(tonnes);
        }
        else
        {
            Statistics.Departures++;
        }

        if (_carrier.Fleet is not null)
        {
            _vehiclesIn--;
            SendSelf(new Message(LinkMessages.VehicleBack), 2 * travel);
        }

        RearmLongestWait();
        PublishBacklog();
        return true;
    }

    // Dynamic route choice reads how many full departures the backlog fills; a closed line publishes none (its closure is known otherwise).
    private void PublishBacklog()
    {
        if (Board is not null)
        {
            var capacity = EffectiveCapacity;
            Board.SetFullLoads(Index, capacity > 0 ? (int)Math.Min(int.MaxValue, Math.Floor(_waitingAmount / capacity)) : 0);
        }
    }

    private void RearmLongestWait()
    {
        if (_carrier.Departure is WhenFullDeparture whenFull && _waiting.Count > 0 && !double.IsPositiveInfinity(whenFull.MaxWaitHours))
        {
            var due = Shipments[_waiting.Peek()].PlaceEnteredAt + whenFull.MaxWaitHours;
            SendSelf(new Message(LinkMessages.DepartureDue, Arg: ++_token), Math.Max(0, due - Now));
        }
    }

    private double Amount(int job) =>
        _carrier.CapacityUnit == CargoUnit.Teu ? Shipments[job].Teu : Shipments[job].Tonnes;
}
