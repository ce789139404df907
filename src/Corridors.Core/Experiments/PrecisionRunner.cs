using Corridors.Core.Analysis;
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
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimum, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, minimum);
        var results = new List<ReplicationResult>();
        var batch = Math.Max(minimum, 2 * parallelism);
        while (results.Count < maximum)
        {
            var count = Math.Min(batch, maximum - results.Count);
            results.AddRange(MonteCarloRunner.Run(scenario, results.Count, count, parallelism, completed, cancellation));
            var met = SmallestPrefixMeeting(rule, results, minimum);
            if (met > 0)
            {
                return new PrecisionOutcome(results.Take(met).ToList(), true, []);
            }

            batch = Math.Max(batch, results.Count / 2);
        }

        var summary = ExperimentSummary.Build(scenario.Model, results);
        return new PrecisionOutcome(results, false, [.. summary.Metrics.Where(r => !rule.IsMet(r)).Select(r => r.Key)]);
    }

    private static int SmallestPrefixMeeting(PrecisionRule rule, List<ReplicationResult> results, int minimum)
    {
        if (results.Count < minimum)
        {
            return 0;
        }

        // Running sums per headline figure; each prefix length is checked in turn.
        var values = results.Select(r => MetricExtractor.Extract(r).Where(v => Measures.IsHeadline(v.Key)).ToArray()).ToList();
        var figures = values[0].Length;
        for (var n = minimum; n <= results.Count; n++)
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
