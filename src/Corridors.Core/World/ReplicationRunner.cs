using Corridors.Core.Actors;
using Corridors.Core.Results;
using Corridors.Kernel;
using Corridors.Kernel.Events;
using Corridors.Kernel.Actors;
using Corridors.Kernel.Randomness;

namespace Corridors.Core.World;

/// <summary>
/// Runs one replication: registers an actor per node and link (activated on their first message),
/// starts them at hour 0 as the simulation's client, runs to the horizon and reads the results.
/// A replication is a pure function of (scenario, seed, replication number).
/// </summary>
public static class ReplicationRunner
{
    /// <summary>Runs replication <paramref name="replication"/> (0-based) of <paramref name="scenario"/>.</summary>
    /// <param name="scenario">The compiled scenario.</param>
    /// <param name="replication">Replication number; its streams derive from the scenario seed and this number.</param>
    /// <param name="observer">Told of every delivered message (tracing, determinism checks); null for none.</param>
    public static ReplicationResult Run(CompiledScenario scenario, int replication, IDeliveryObserver? observer = null) =>
        Run(scenario, replication, observer, null);

    /// <summary>
    /// Runs a replication with no warm-up and returns the number of shipments in the system sampled every
    /// <paramref name="intervalHours"/> from hour 0 (for choosing a warm-up length).
    /// </summary>
    public static IReadOnlyList<double> SampleInSystem(CompiledScenario scenario, int replication, double intervalHours)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(intervalHours);
        var samples = new List<double>();
        Run(scenario, replication, null, (intervalHours, samples));
        return samples;
    }

    private static ReplicationResult Run(CompiledScenario scenario, int replication, IDeliveryObserver? observer, (double Interval, List<double> Samples)? probe)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var experiment = scenario.Model.Experiment;
        var simulation = new Simulation(new RandomStreams(experiment.Seed, replication))
        {
            WarmupHours = probe is null ? experiment.WarmupHours : 0,
            Observer = observer,
        };
        var context = new ReplicationContext(simulation, scenario);
        var backlog = new BacklogRecorder(simulation, context);
        var model = scenario.Model;
        context.Nodes = [.. model.Nodes.Select((n, i) => new NodeRef(simulation, simulation.Actors.Register(ActorFactory.NodeId(n), ActorFactory.Node(context, i))))];
        context.Links = [.. model.Links.Select((l, i) => new LinkRef(simulation, simulation.Actors.Register(ActorFactory.LinkId(l), ActorFactory.Link(context, i))))];
        foreach (var node in context.Nodes)
        {
            node.Start();
        }

        foreach (var link in context.Links)
        {
            link.Start();
        }

        if (probe is { } p)
        {
            var address = simulation.Actors.Register(new ActorId("probe", "in-system"), a => new ProbeActor(a, context, p.Interval, p.Samples));
            simulation.Send(address, new Message(0));
        }

        var series = probe is null && experiment.SeriesStepHours > 0
            ? SeriesRecorder.Run(simulation, context, experiment.HorizonHours, experiment.SeriesStepHours)
            : null;
        simulation.Run(experiment.HorizonHours);
        return ResultCollector.Collect(context, replication) with { Series = series, Backlog = backlog.Finish() };
    }
}
