using Corridors.Core.Grains.Stations;
using Corridors.Core.Model;
using Corridors.Core.Shipments;
using Corridors.Core.World;
using Corridors.Kernel.Distributions;
using Corridors.Kernel.Grains;

namespace Corridors.Core.Grains.Nodes;

/// <summary>
/// What every node grain does: admits arriving shipments (or blocks them at the gate when storage
/// is full), passes each through the stages its route plans here, and hands it to its next link or
/// delivers it. The kinds differ only in which stations serve which stage (<see cref="StationFor"/>).
/// </summary>
internal abstract class NodeGrain : Grain
{
    private readonly ReplicationContext _context;
    private readonly ShipmentTable _shipments;
    private readonly CompiledRoute[] _routes;
    private readonly bool[] _linkHasCarrier;
    private readonly int[] _flowKeyOfFlow;
    private readonly StorageGate _gate;
    private readonly Random _dwellRandom;
    private ServiceStation[] _stations = [];
    private DemandGenerator? _demand;

    protected NodeGrain(GrainActivation activation, ReplicationContext context, int index)
        : base(activation)
    {
        _context = context;
        _shipments = context.Shipments;
        _routes = context.Scenario.Routes;
        _linkHasCarrier = context.Scenario.LinkHasCarrier;
        _flowKeyOfFlow = context.Scenario.FlowKeyOfFlow;
        Index = index;
        Spec = context.Scenario.Model.Nodes[index];
        _dwellRandom = Simulation.Streams.For(Id, "dwell");
        Capacity = new CapacityControl(Simulation, Address, Id, context.Scenario.Model.Disruptions, context.Scenario.Calendar);
        Statistics = new NodeStatistics(Simulation);
        _gate = new StorageGate(Spec.StorageCapacityTonnes, _shipments, Statistics);
    }

    /// <summary>Gets the node's index in the model.</summary>
    public int Index { get; }

    /// <summary>Gets the node's description.</summary>
    public NodeSpec Spec { get; }

    /// <summary>Gets the node's statistics.</summary>
    public NodeStatistics Statistics { get; }

    /// <summary>Gets the node's capacity over time.</summary>
    public CapacityControl Capacity { get; }

    /// <summary>Gets the stations of this node (may be empty).</summary>
    public IReadOnlyList<ServiceStation> Stations => _stations;

    /// <summary>Gets the number of shipments at the node now, by its own count.</summary>
    public int ShipmentsPresent => (int)Statistics.Present.Level;

    /// <summary>Gets the dwell time of the <see cref="Stages.Dwell"/> stage, or null.</summary>
    protected virtual Distribution? DwellHours => null;

    /// <summary>Gets the consolidation of the <see cref="Stages.Consolidation"/> stage, or null.</summary>
    protected virtual Consolidator? Consolidation => null;

    /// <summary>Sets the stations; a subclass calls this (or <see cref="UseStation"/>) once from its constructor.</summary>
    protected void UseStations(params ServiceStation[] stations) => _stations = stations;

    /// <summary>Sets one station that serves <paramref name="spec"/>, drawing from this grain's stream for <paramref name="purpose"/>.</summary>
    protected void UseStation(ServiceSpec spec, string purpose) => UseStations(NewStation(spec, purpose));

    /// <summary>Builds a station of this node that draws from this grain's stream for <paramref name="purpose"/>.</summary>
    protected ServiceStation NewStation(ServiceSpec spec, string purpose) =>
        new(spec, Simulation.Streams.For(Id, purpose), _shipments, Simulation);

    /// <summary>Gets the station that serves <paramref name="stage"/> for <paramref name="shipment"/>, or -1 to skip the stage.</summary>
    protected abstract int StationFor(Stages stage, in Shipment shipment);

    /// <summary>Gets the mode of the link a shipment arrived by, or at its origin the one it leaves by.</summary>
    protected TransportMode ArrivalMode(in Shipment shipment)
    {
        var links = _routes[shipment.Route].Links;
        return _context.Scenario.Model.Links[links[shipment.Hop == 0 ? 0 : shipment.Hop - 1]].Mode;
    }

    protected override void Receive(in Message message)
    {
        switch (message.Kind)
        {
            case NodeMessages.Arrive:
                ArriveChain(message.Item);
                break;
            case NodeMessages.ServiceDone:
                ServiceDone(message.Item, message.Arg);
                break;
            case NodeMessages.DwellDone:
                NextStage(message.Item);
                break;
            case NodeMessages.Released:
                _gate.Release(message.Value);
                AdmitBlocked();
                break;
            case NodeMessages.Generate:
                var created = _demand!.Generate(message.Arg);
                if (created >= 0)
                {
                    Enter(created);
                }

                break;
            case NodeMessages.HoldExpired:
                var lot = Consolidation!.Expired(message.Arg, (long)message.Value);
                if (lot >= 0)
                {
                    NextStage(lot);
                }

                break;
            case NodeMessages.Start:
                Start();
                break;
            default:
                if (!CapacityMessages.Is(message.Kind))
                {
                    throw Unhandled(message);
                }

                if (Capacity.Receive(message))
                {
                    StartWaitingJobs();
                }

                break;
        }
    }

    private void Start()
    {
        Capacity.Schedule(_context.Scenario.NodeDisruptions[Index], _context.HorizonHours);
        _demand = DemandGenerator.For(this, _context);
    }

    private void ArriveChain(int head)
    {
        for (var job = head; job >= 0;)
        {
            ref var s = ref _shipments[job];
            var next = s.Next;
            s.Next = -1;
            s.Hop++;
            Enter(job);
            job = next;
        }
    }

    private void Enter(int job)
    {
        ref var s = ref _shipments[job];
        var now = Now;
        s.Place = ShipmentPlace.AtNode;
        s.PlaceEnteredAt = now;
        s.StageEnteredAt = now;
        s.QueuedHours = 0;
        s.Stage = 0;
        Statistics.Arrivals++;
        Statistics.Present.Add(now, 1);
        if (_gate.TryEnter(job, now))
        {
            NextStage(job);
        }
    }

    private void AdmitBlocked()
    {
        if (!_gate.HasBlocked)
        {
            return;
        }

        for (var job = _gate.NextAdmitted(Now); job >= 0; job = _gate.NextAdmitted(Now))
        {
            NextStage(job);
        }
    }

    /// <summary>Moves a job (a shipment or a consolidated lot) to its next planned stage, or out of the node.</summary>
    private void NextStage(int job)
    {
        ref var s = ref _shipments[job];
        var passed = s.Stage == 0 ? 0 : (s.Stage << 1) - 1;
        var remaining = (int)_routes[s.Route].StagesAtHop[s.Hop] & ~passed;
        while (remaining != 0)
        {
            var stage = (Stages)(remaining & -remaining);
            remaining &= remaining - 1;
            s.Stage = (byte)stage;
            switch (stage)
            {
                case Stages.Consolidation:
                    var lot = Consolidation!.Add(job, _routes[s.Route].Links[s.Hop]);
                    if (lot >= 0)
                    {
                        NextStage(lot);
                    }

                    return;
                case Stages.Dwell:
                    SendSelf(new Message(NodeMessages.DwellDone, job), DwellHours!.Sample(_dwellRandom));
                    return;
                default:
                    var station = StationFor(stage, s);
                    if (station >= 0)
                    {
                        var hours = _stations[station].Arrive(job, Now, Capacity.Factor);
                        if (hours >= 0)
                        {
                            SendSelf(new Message(NodeMessages.ServiceDone, job, station), hours);
                        }

                        return;
                    }

                    break;
            }
        }

        for (var shipment = job; shipment >= 0;)
        {
            var next = _shipments[shipment].Next;
            _shipments[shipment].Next = -1;
            Leave(shipment);
            shipment = next;
        }
    }

    private void ServiceDone(int job, int station)
    {
        _stations[station].Complete(Now);
        var (next, hours) = _stations[station].StartNext(Now, Capacity.Factor);
        if (next >= 0)
        {
            SendSelf(new Message(NodeMessages.ServiceDone, next, station), hours);
        }

        NextStage(job);
    }

    private void StartWaitingJobs()
    {
        for (var station = 0; station < _stations.Length; station++)
        {
            for (var (job, hours) = _stations[station].StartNext(Now, Capacity.Factor); job >= 0; (job, hours) = _stations[station].StartNext(Now, Capacity.Factor))
            {
                SendSelf(new Message(NodeMessages.ServiceDone, job, station), hours);
            }
        }
    }

    private void Leave(int job)
    {
        ref var s = ref _shipments[job];
        var now = Now;
        var route = _routes[s.Route];
        var statistics = Statistics;
        statistics.Departures++;
        statistics.TonnesOut += s.Tonnes;
        statistics.Present.Add(now, -1);
        statistics.Sojourn.Add(now - s.PlaceEnteredAt);
        statistics.Wait.Add(s.QueuedHours);
        var links = route.Links;
        if (s.Hop == links.Length)
        {
            _context.Flows[_flowKeyOfFlow[s.Flow]].Delivered(s.Quantity, s.Tonnes, s.Teu, now - s.CreatedAt, route.UsdPerTonne, route.Co2KgPerTonne);
            _gate.Release(s.Tonnes);
            _shipments.Deliver(job);
            AdmitBlocked();
            return;
        }

        var link = links[s.Hop];
        s.Place = ShipmentPlace.OnLink;
        s.PlaceEnteredAt = now;

        // Goods leave the yard now, unless a carrier takes them: it releases them when it departs.
        if (!_linkHasCarrier[link])
        {
            _gate.Release(s.Tonnes);
        }

        AdmitBlocked();
        _context.Links[link].Enter(job);
    }
}
