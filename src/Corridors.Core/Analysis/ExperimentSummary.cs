using Corridors.Core.Model;
using Corridors.Core.Results;

namespace Corridors.Core.Analysis;

/// <summary>What a set of replications of one scenario says: every figure with its interval, and the worst bottlenecks.</summary>
public sealed record ExperimentSummary
{
    /// <summary>Gets the scenario name.</summary>
    public required string Scenario { get; init; }

    /// <summary>Gets the scenario seed.</summary>
    public required ulong Seed { get; init; }

    /// <summary>Gets the number of replications summarised (numbered 0 … n − 1).</summary>
    public required int Replications { get; init; }

    /// <summary>Gets the horizon of each replication in hours.</summary>
    public required double HorizonHours { get; init; }

    /// <summary>Gets the warm-up in hours.</summary>
    public required double WarmupHours { get; init; }

    /// <summary>Gets every figure in report order (corridors, nodes, links, system).</summary>
    public required IReadOnlyList<MetricRow> Metrics { get; init; }

    /// <summary>Gets the nodes and links where most goods wait (at most five, most tonnes waiting first; places where nothing waits are left out).</summary>
    public required IReadOnlyList<Bottleneck> Bottlenecks { get; init; }

    /// <summary>Gets, per corridor id, the ids of the scenario's flows it gathers (scenario order): what a planner edits to change it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> CorridorFlows { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Gets whether every replication accounted for every shipment.</summary>
    public required bool ConservationHolds { get; init; }

    /// <summary>Gets whether the backlog stayed level over the measured period, and if not, where it grows and which figures are not settled.</summary>
    public required SteadyState SteadyState { get; init; }

    /// <summary>Summarises <paramref name="results"/> (replications in order) of <paramref name="model"/>.</summary>
    public static ExperimentSummary Build(ScenarioModel model, IReadOnlyList<ReplicationResult> results, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0)
        {
            throw new ArgumentException("an experiment needs at least one replication", nameof(results));
        }

        var perReplication = results.Select(MetricExtractor.Extract).ToList();
        var rows = new List<MetricRow>(perReplication[0].Count);
        for (var i = 0; i < perReplication[0].Count; i++)
        {
            var key = perReplication[0][i].Key;
            rows.Add(new MetricRow(key, MetricSummary.Of([.. perReplication.Select(r => r[i].Value)], level)));
        }

        return new ExperimentSummary
        {
            Scenario = model.Name,
            Seed = model.Experiment.Seed,
            Replications = results.Count,
            HorizonHours = model.Experiment.HorizonHours,
            WarmupHours = model.Experiment.WarmupHours,
            Metrics = rows,
            Bottlenecks = BottleneckRanking.Rank(model, perReplication, rows, level),
            CorridorFlows = model.Flows.GroupBy(f => MetricExtractor.CorridorId(new(f.Origin, f.Destination, f.Commodity)), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, IReadOnlyList<string> (g) => [.. g.Select(f => f.Id)], StringComparer.Ordinal),
            ConservationHolds = results.All(r => r.Conservation.Holds),
            SteadyState = SteadyStateCheck.Of(results, level),
        };
    }
}
