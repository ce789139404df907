using Corridors.Core.Actors.Stations;
using Corridors.Core.Model;
using Corridors.Core.Shipments;
using Corridors.Core.World;
using Corridors.Core.World.Choice;
using Corridors.Kernel;
using Corridors.Kernel.Distributions;
using Corridors.Kernel.Actors;
using Corridors.Kernel.Statistics;

namespace Corridors.Core.Actors.Nodes;

/// <summary>
/// What every node actor does: admits arriving shipments (or blocks them at the gate when storage
/// is full), passes each through the stages its route plans here, and hands it to its next link or
/// delivers it. The kinds differ only in which stations serve which stage (<see cref="StationFor"/>).
/// </summary>
/// <remarks>
/// Each arrival is counted and admitted through the storage gate (or blocked there); each departure is
/// counted, then the shipment is either delivered (its route ends here: its flow records it and its row
/// is freed) or put on its next link. Storage is freed at once, except for goods a carrier will take:
/// the carrier frees it when it departs. What a shipment's passage reads is kept in the actor (issue 16):
/// statistics and gate inline, every route's hops in one flat array, so that an event touches the
/// actor, the shipment's row and one hop rather than a chain of objects.
/// </remarks>
internal abstract partial class NodeActor : Actor, IWarmupResettable
{
    private readonly ReplicationContext _context;
    private readonly ShipmentTable _shipments;
    private readonly CompiledRoute[] _routes;
    private readonly bool[] _linkHasCarrier;
    private readonly int[] _flowKeyOfFlow;
    private readonly int[] _routeFirstHop;
    private readonly RouteHop[] _hops;
    private NodeStatistics _statistics;
    private StorageGate _gate;
    private readonly Random _dwellRandom;
    private readonly NetworkStateBoard? _board;
    private readonly DynamicChooser? _rerouter;
    private ServiceStation[] _stations = [];
    private DemandGenerator? _demand;
    private int _firstSlot;

    protected NodeActor(ActorActivation activation, ReplicationContext context, int index)
        : base(activation)
    {
        _context = context;
        _shipments = context.Shipments;
        _routes = context.Scenario.Routes;
        (_routeFirstHop, _hops) = (context.Scenario.Hops.First, context.Scenario.Hops.Hops);
        (_linkHasCarrier, _flowKeyOfFlow) = (context.Scenario.LinkHasCarrier, context.Scenario.FlowKeyOfFlow);
        Index = index;
        Spec = context.Scenario.Model.Nodes[index];
        _dwellRandom = Simulation.Streams.For(Id, "dwell");
        Capacity = new CapacityControl(Simulation, Address, Id, context.Scenario.Model.Disruptions, context.Scenario.Calendar);
        _gate = new StorageGate(Spec.StorageCapacityTonnes);
        Simulation.Track(this);
        if (context.Board is { } board)
        {
            _board = board;
            Capacity.Publish = (board, index);
            // Only ports and hubs offer a switch (RouteFacts.AlternativesOf): elsewhere the chooser is not even asked.
            _rerouter = context.Scenario.Choice!.Rerouting && (Spec.Kind is NodeKind.Port or NodeKind.Hub) ? context.Chooser : null;
        }
    }

    /// <summary>Gets the node's index in the model.</summary>
    public int Index { get; }

    /// <summary>Gets the node's description.</summary>
    public NodeSpec Spec { get; }

    /// <summary>Gets the node's statistics, in place.</summary>
    public ref NodeStatistics Statistics => ref _statistics;

    /// <summary>Gets the node's capacity over time.</summary>
    public CapacityControl Capacity { get; }

    /// <summary>Gets the stations of this node (may be empty).</summary>
    public IReadOnlyList<ServiceStation> Stations => _stations;

    /// <summary>Gets the number of shipments at the node now, by its own count.</summary>
    public int ShipmentsPresent => (int)_statistics.Present.Level;

    /// <summary>Gets the dwell time of the <see cref="Stages.Dwell"/> stage, or null.</summary>
    protected virtual Distribution? DwellHours => null;

    /// <summary>Gets the consolidation of the <see cref="Stages.Consolidation"/> stage, or null.</summary>
    protected virtual Consolidator? Consolidation => null;

    /// <summary>Sets the stations; a subclass calls this (or <see cref="UseStation"/>) once from its constructor.</summary>
    protected void UseStations(params ServiceStation[] stations) => _stations = stations;

    /// <summary>Sets one station that serves <paramref name="spec"/>, drawing from this actor's stream for <paramref name="purpose"/>.</summary>
    protected void UseStation(ServiceSpec spec, string purpose) => UseStations(NewStation(spec, purpose));

    /// <summary>Builds a station of this node that draws from this actor's stream for <paramref name="purpose"/>.</summary>
    protected ServiceStation NewStation(ServiceSpec spec, string purpose) =>
        new(spec, Simulation.Streams.For(Id, purpose), _shipments, Simulation);

    /// <inheritdoc/>
    public void Reset(double nowHours) => _statistics.Reset(nowHours);

    // A service or dwell ends soon: the shipment's row and the station, then its hop, then the directory
    // entry of the link it may leave on next, then that link (each stage reads what the one before brought).
    protected override void Prefetch(in Message message, int stage)
    {
        if (message.Kind is not (NodeMessages.ServiceDone or NodeMessages.DwellDone))
        {
            return;
        }

        if (stage == 0)
        {
            CacheHint.Prefetch(in _shipments[message.Item]);
            if (message.Kind == NodeMessages.ServiceDone)
            {
                CacheHint.PrefetchObject(_stations[message.Arg]);
            }

            return;
        }

        var hop = HopIndexOf(_shipments[message.Item]);
        if (stage > 1)
        {
            _context.HintLinkOut(hop, actor: stage == 3);
        }
        else if ((uint)hop < (uint)_hops.Length)
        {
            CacheHint.Prefetch(in _hops[hop]);
        }
    }

    /// <summary>Gets the station that serves <paramref name="stage"/> for <paramref name="shipment"/>, or -1 to skip the stage.</summary>
    protected abstract int StationFor(Stages stage, in Shipment shipment);

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
                    CapacityChanged();
                }

                break;
        }
    }

    private void Start()
    {
        Capacity.Schedule(_context.Scenario.NodeDisruptions[Index], _context.HorizonHours);
        _demand = DemandGenerator.For(this, _context);
        if (_board is not null)
        {
            _firstSlot = _board.RegisterStations(_stations.Length);
            StationBoard.PublishUses(_board, _context.Scenario, Index, _firstSlot, _stations, StationFor);
        }
    }

    /// <summary>Moves a job (a shipment or a consolidated lot) to its next planned stage, or out of the node.</summary>
    private void NextStage(int job)
    {
        ref var s = ref _shipments[job];
        var passed = s.Stage == 0 ? 0 : (s.Stage << 1) - 1;
        var hop = HopOf(s);
        var remaining = (int)hop.Stages & ~passed;
        while (remaining != 0)
        {
            var stage = (Stages)(remaining & -remaining);
            remaining &= remaining - 1;
            s.Stage = (byte)stage;
            switch (stage)
            {
                case Stages.Consolidation:
                    var lot = Consolidation!.Add(job, hop.Link);
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
                        var hours = _stations[station].Arrive(job, Now);
                        PublishPresent(station);
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
        _stations[station].Complete(job, Now);
        var (next, hours) = _stations[station].StartNext(Now);
        if (next >= 0)
        {
            SendSelf(new Message(NodeMessages.ServiceDone, next, station), hours);
        }

        PublishPresent(station);
        NextStage(job);
    }

    private void CapacityChanged()
    {
        for (var station = 0; station < _stations.Length; station++)
        {
            _stations[station].SetCapacity(Now, Capacity.Factor);
            for (var (job, hours) = _stations[station].StartNext(Now); job >= 0; (job, hours) = _stations[station].StartNext(Now))
            {
                SendSelf(new Message(NodeMessages.ServiceDone, job, station), hours);
            }

            PublishPresent(station);
        }
    }

    // What the shipment's route plans at this node: its stages here and the link out.
    private RouteHop HopOf(in Shipment s) => _hops[HopIndexOf(s)];

    private int HopIndexOf(in Shipment s) => _routeFirstHop[s.Route] + s.Hop;

    private void PublishPresent(int station) => _board?.SetPresent(_firstSlot + station, _stations[station].Present);
}
