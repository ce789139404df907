using Corridors.Core.Model;
using Corridors.Core.Shipments;
using Corridors.Core.World;
using Corridors.Kernel;
using Corridors.Kernel.Actors;
using Corridors.Kernel.Distributions;
using Corridors.Kernel.Statistics;

namespace Corridors.Core.Actors.Links;

/// <summary>
/// What every link actor does: owns the shipments from the moment they enter at the origin node until
/// they arrive at the destination node, travelling for a sampled time. Subclasses decide when shipments
/// depart: each on its own (<see cref="SoloLinkActor"/>) or together on a carrier (<see cref="CarrierLinkActor"/>).
/// </summary>
/// <remarks>
/// What every shipment's passage reads is kept in the actor's own fields (issue 16): the statistics
/// inline, the travel parameters copied from the spec and the capacity factor copied from its control
/// when it changes, so that an event touches one object rather than a chain of them.
/// </remarks>
internal abstract class LinkActor : Actor, IWarmupResettable
{
    private readonly ReplicationContext _context;
    private readonly Random _travelRandom;
    private readonly NodeRef _destination;
    private readonly Distribution? _travelTimeHours;
    private readonly double _distanceKm;
    private readonly double _speedKmh;
    private readonly int[] _routeFirstHop;
    private readonly RouteHop[] _hops;
    private LinkStatistics _statistics;

    protected LinkActor(ActorActivation activation, ReplicationContext context, int index)
        : base(activation)
    {
        _context = context;
        Index = index;
        Spec = context.Scenario.Model.Links[index];
        Shipments = context.Shipments;
        (_routeFirstHop, _hops) = (context.Scenario.Hops.First, context.Scenario.Hops.Hops);
        _travelRandom = Simulation.Streams.For(Id, "travel");
        (_travelTimeHours, _distanceKm, _speedKmh) = (Spec.TravelTimeHours, Spec.DistanceKm, Spec.SpeedKmh);
        Capacity = new CapacityControl(Simulation, Address, Id, context.Scenario.Model.Disruptions, context.Scenario.Calendar);
        Simulation.Track(this);
        Origin = context.Nodes[context.Scenario.NodeIndex[Spec.From]];
        _destination = context.Nodes[context.Scenario.NodeIndex[Spec.To]];
        Board = context.Board;
        if (Board is not null)
        {
            Capacity.Publish = (Board, context.Scenario.Model.Nodes.Count + index);
        }
    }

    /// <summary>Gets the link's index in the model.</summary>
    public int Index { get; }

    /// <summary>Gets the link's description.</summary>
    public LinkSpec Spec { get; }

    /// <summary>Gets the link's statistics, in place.</summary>
    public ref LinkStatistics Statistics => ref _statistics;

    /// <summary>Gets the link's capacity over time.</summary>
    public CapacityControl Capacity { get; }

    /// <summary>Gets the number of shipments on the link now, by its own count.</summary>
    public int ShipmentsPresent => (int)_statistics.Present.Level;

    /// <summary>Gets the capacity factor now (a copy of <see cref="CapacityControl.Factor"/>): 1 is full capacity, 0 is closed.</summary>
    protected double CapacityFactor { get; private set; } = 1;

    /// <summary>Gets the board to publish state to for dynamic route choice, or null.</summary>
    protected World.Choice.NetworkStateBoard? Board { get; }

    /// <summary>Gets the shipment table.</summary>
    protected ShipmentTable Shipments { get; }

    /// <summary>Gets the node the link leaves.</summary>
    protected NodeRef Origin { get; }

    protected override void Receive(in Message message)
    {
        switch (message.Kind)
        {
            case LinkMessages.Enter:
                ref var s = ref Shipments[message.Item];
                s.PlaceEnteredAt = Now;
                Statistics.Shipments++;
                Statistics.Present.Add(Now, 1);
                Enter(message.Item);
                break;
            case LinkMessages.TravelDone:
                Arrived(message.Item);
                break;
            case LinkMessages.Start:
                Capacity.Schedule(_context.Scenario.LinkDisruptions[Index], _context.HorizonHours);
                Start();
                break;
            case LinkMessages.DepartureDue:
                DepartureDue(message.Arg);
                break;
            case LinkMessages.VehicleBack:
                VehicleBack();
                break;
            default:
                if (!CapacityMessages.Is(message.Kind))
                {
                    throw Unhandled(message);
                }

                if (Capacity.Receive(message))
                {
                    CapacityFactor = Capacity.Factor;
                    CapacityChanged();
                }

                break;
        }
    }

    /// <inheritdoc />
    public void Reset(double nowHours) => _statistics.Reset(nowHours);

    // A travel ends soon. Most hops then go on at once: the node the shipment arrives at (a city, mostly)
    // has nothing for it to do and puts it on its next link, in two messages due now. So the stages load,
    // each from what the one before brought: the first shipment's row and the node's directory entry;
    // the node and the shipment's next hop; the next link's directory entry; the next link.
    protected override void Prefetch(in Message message, int stage)
    {
        if (message.Kind != LinkMessages.TravelDone)
        {
            return;
        }

        switch (stage)
        {
            case 0:
                CacheHint.Prefetch(in Shipments[message.Item]);
                Simulation.Actors.PrefetchEntry(_destination.Address);
                break;
            case 1:
                Simulation.Actors.Prefetch(_destination.Address);
                if (NextHop(message.Item) is var hop && (uint)hop < (uint)_hops.Length)
                {
                    CacheHint.Prefetch(in _hops[hop]);
                }

                break;
            default:
                _context.HintLinkOut(NextHop(message.Item), actor: stage == 3);
                break;
        }
    }

    // The index in the route hops of the hop a shipment on this link makes next, at the destination (checked where used).
    private int NextHop(int job) => _routeFirstHop[Shipments[job].Route] + Shipments[job].Hop + 1;

    /// <summary>A shipment entered at the origin node.</summary>
    protected abstract void Enter(int job);

    /// <summary>The run starts.</summary>
    protected virtual void Start()
    {
    }

    /// <summary>A departure timer fired with <paramref name="token"/>.</summary>
    protected virtual void DepartureDue(int token) => throw new InvalidOperationException($"link {Spec.Id} has no departures to time");

    /// <summary>A vehicle is back from its round trip.</summary>
    protected virtual void VehicleBack() => throw new InvalidOperationException($"link {Spec.Id} has no vehicles");

    /// <summary>The capacity factor changed.</summary>
    protected abstract void CapacityChanged();

    /// <summary>Draws a travel time in hours.</summary>
    protected double SampleTravelHours() => _travelTimeHours?.Sample(_travelRandom) ?? (_distanceKm / _speedKmh);

    /// <summary>Sends a chain of shipments on its way: counts the traffic and schedules the arrival.</summary>
    protected void Dispatch(int chainHead, double travelHours)
    {
        for (var job = chainHead; job >= 0; job = Shipments[job].Next)
        {
            ref var s = ref Shipments[job];
            Statistics.WaitHours.Add(Now - s.PlaceEnteredAt);
            Statistics.Tonnes += s.Tonnes;
            Statistics.TonneKm += s.Tonnes * _distanceKm;
        }

        Statistics.Departures++;
        Statistics.TravelHours.Add(travelHours);
        if (travelHours > 0)
        {
            SendSelf(new Message(LinkMessages.TravelDone, chainHead), travelHours);
        }
        else
        {
            Arrived(chainHead);
        }
    }

    private void Arrived(int chainHead)
    {
        var count = 0;
        for (var job = chainHead; job >= 0; job = Shipments[job].Next)
        {
            Statistics.SojournHours.Add(Now - Shipments[job].PlaceEnteredAt);
            count++;
        }

        Statistics.Present.Add(Now, -count);
        _destination.Arrive(chainHead, 0);
    }
}
