using Corridors.Core.Analysis;
using Corridors.Core.Model;
using Corridors.Core.Results;
using Corridors.Core.World;

namespace Corridors.Core.Experiments;

/// <summary>
/// Adds replications until every headline figure meets a <see cref="PrecisionRule"/> or a cap is reached.
/// The number kept is the smallest n (≥ the minimum) whose first n replications meet the rule, found
/// by scanning replications in number order, so it does not depend on how many run at once.
/// </summary>
public static class PrecisionRunner
{
    /// <summary>Runs <paramref name="scenario"/> until <paramref name="rule"/> holds for replications 0 … n − 1, with <paramref name="minimum"/> ≤ n ≤ <paramref name="maximum"/>.</summary>
    public static PrecisionOutcome Run(
        CompiledScenario scenario, PrecisionRule rule, int minimum, int maximum, int parallelism,
        Action<ReplicationResult>? completed = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Run(scenario.Model, (first, count) => MonteCarloRunner.Run(scenario, first, count, parallelism, completed, cancellation),
            rule, minimum, maximum, Math.Max(minimum, 2 * parallelism));
    }

    /// <summary>
    /// The same rule over any way of running replications: <paramref name="replicate"/>(first, count) returns
    /// replications first … first + count − 1 in order (on this machine's cores, or on a cluster's silos).
    /// </summary>
    public static PrecisionOutcome Run(
        ScenarioModel model, Func<int, int, IReadOnlyList<ReplicationResult>> replicate, PrecisionRule rule, int minimum, int maximum, int firstBatch)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(replicate);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimum, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, minimum);
        var results = new List<ReplicationResult>();
        var headline = new List<MetricValue[]>();
        var batch = Math.Max(minimum, firstBatch);
        while (results.Count < maximum)
        {
            var count = Math.Min(batch, maximum - results.Count);
            var added = replicate(results.Count, count);

            // Prefixes up to the previous count already failed; only the new lengths need checking.
            var firstNew = Math.Max(minimum, results.Count + 1);
            results.AddRange(added);
            headline.AddRange(added.Select(r => MetricExtractor.Extract(r).Where(v => Measures.IsHeadline(v.Key)).ToArray()));
            var met = SmallestPrefixMeeting(rule, headline, firstNew);
            if (met > 0)
            {
                return new PrecisionOutcome(results.Take(met).ToList(), true, []);
            }

            batch = Math.Max(batch, results.Count / 2);
        }

        var summary = ExperimentSummary.Build(model, results);
        return new PrecisionOutcome(results, false, [.. summary.Metrics.Where(r => !rule.IsMet(r)).Select(r => r.Key)]);
    }

    // Checks the prefix lengths from firstLength up, in order, and returns the first that meets the rule (0 for none).
    private static int SmallestPrefixMeeting(PrecisionRule rule, List<MetricValue[]> values, int firstLength)
    {
        var figures = values[0].Length;
        for (var n = firstLength; n <= values.Count; n++)
        {
            var all = true;
            for (var f = 0; f < figures && all; f++)
            {
                var prefix = new double[n];
                for (var r = 0; r < n; r++)
                {
                    prefix[r] = values[r][f].Value;
                }

                all = rule.IsMet(new MetricRow(values[0][f].Key, MetricSummary.Of(prefix)));
            }

            if (all)
            {
                return n;
            }
        }

        return 0;
    }
}
