using Corridors.Core.Actors;
using Corridors.Core.Shipments;
using Corridors.Core.World.Choice;
using Corridors.Kernel;

namespace Corridors.Core.World;

/// <summary>What the actors of one replication share: the kernel, the compiled scenario, the shipment table, references to each other and the corridor telemetry.</summary>
internal sealed class ReplicationContext
{
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

    public LinkRef[] Links { get; set; } = [];

    public FlowStatistics[] Flows { get; }

    public double HorizonHours { get; }

    /// <summary>Gets the board facility actors publish their state to for dynamic route choice; null under static choice.</summary>
    public NetworkStateBoard? Board { get; }

    /// <summary>Gets the dynamic route chooser; null under static choice.</summary>
    public DynamicChooser? Chooser { get; }
}
