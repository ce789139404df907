using Corridors.Core.Actors;
using Corridors.Core.Shipments;
using Corridors.Core.World.Choice;
using Corridors.Kernel;
using Corridors.Kernel.Actors;

namespace Corridors.Core.World;

/// <summary>What the actors of one replication share: the kernel, the compiled scenario, the shipment table, references to each other and the corridor telemetry.</summary>
internal sealed class ReplicationContext
{
    private LinkRef[] _links = [];
    private int _firstLinkAddress;

    public ReplicationContext(Simulation simulation, CompiledScenario scenario)
    {
        Simulation = simulation;
        Scenario = scenario;
        HorizonHours = scenario.Model.Experiment.HorizonHours;
        Flows = [.. scenario.FlowKeys.Select(_ => new FlowStatistics(simulation))];
        if (scenario.Choice is { } choice)
        {
            Board = new NetworkStateBoard(scenario);
            Chooser = new DynamicChooser(choice, Board, new RouteShareStatistics(simulation, scenario, choice));
        }
    }

    public Simulation Simulation { get; }

    public CompiledScenario Scenario { get; }

    public ShipmentTable Shipments { get; } = new();

    public NodeRef[] Nodes { get; set; } = [];

    /// <summary>Gets or sets the links' actor references, in model order; their addresses are consecutive (registered one after another).</summary>
    public LinkRef[] Links
    {
        get => _links;
        set
        {
            _links = value;
            _firstLinkAddress = value.Length > 0 ? value[0].Address.Index : 0;
            for (var i = 0; i < value.Length; i++)
            {
                if (value[i].Address.Index != _firstLinkAddress + i)
                {
                    throw new InvalidOperationException("link actors must be registered one after another, in model order");
                }
            }
        }
    }

    /// <summary>Gets the address of link <paramref name="index"/>'s actor, computed rather than read from <see cref="Links"/> (one memory access less per hop, issue 16).</summary>
    public ActorAddress LinkAddress(int index) => new(_firstLinkAddress + index);

    /// <summary>
    /// Hints the link a shipment leaves route hop <paramref name="hop"/> on (an index in the scenario's route
    /// hops; out of range, or the route's end: nothing): its directory entry, or, a delivery later, the link
    /// actor itself (<paramref name="actor"/>). The last two stages of a node's or link's Actor.Prefetch.
    /// </summary>
    public void HintLinkOut(int hop, bool actor)
    {
        var hops = Scenario.Hops.Hops;
        if ((uint)hop >= (uint)hops.Length || hops[hop].Link < 0)
        {
            return;
        }

        var address = LinkAddress(hops[hop].Link);
        if (actor)
        {
            Simulation.Actors.Prefetch(address);
        }
        else
        {
            Simulation.Actors.PrefetchEntry(address);
        }
    }

    public FlowStatistics[] Flows { get; }

    public double HorizonHours { get; }

    /// <summary>Gets the board facility actors publish their state to for dynamic route choice; null under static choice.</summary>
    public NetworkStateBoard? Board { get; }

    /// <summary>Gets the dynamic route chooser; null under static choice.</summary>
    public DynamicChooser? Chooser { get; }
}
