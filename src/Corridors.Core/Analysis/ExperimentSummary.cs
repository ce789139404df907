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

    /// <summary>Gets the nodes where goods wait longest on average (at most five, longest first; nodes where nothing waits are left out).</summary>
    public required IReadOnlyList<string> Bottlenecks { get; init; }

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

        var bottlenecks = rows
            .Where(r => r.Key is { Scope: "node", Measure: "mean_wait_h" } && r.Summary.N > 0 && r.Summary.Mean > 0)
            .OrderByDescending(r => r.Summary.Mean).ThenBy(r => r.Key.Id, StringComparer.Ordinal)
            .Take(5).Select(r => r.Key.Id).ToList();
        return new ExperimentSummary
        {
            Scenario = model.Name,
            Seed = model.Experiment.Seed,
            Replications = results.Count,
            HorizonHours = model.Experiment.HorizonHours,
            WarmupHours = model.Experiment.WarmupHours,
            Metrics = rows,
            Bottlenecks = bottlenecks,
            ConservationHolds = results.All(r => r.Conservation.Holds),
            SteadyState = SteadyStateCheck.Of(results, level),
        };
    }
}
