using Corridors.Core.Analysis;
using Corridors.Core.Results;

namespace Corridors.Core.Experiments;

/// <summary>
/// Compares an alternative with a base scenario run with the same replication numbers, figure by
/// figure. Streams are keyed by (seed, replication, actor, purpose), so facilities and flows the two
/// scenarios share draw the same random numbers: common random numbers, which narrow the interval of
/// a difference compared with independent runs.
/// </summary>
public static class ScenarioComparison
{
    /// <summary>Returns ALT − BASE for every figure both report, in the base's order.</summary>
    public static IReadOnlyList<PairedDifference> Compare(IReadOnlyList<ReplicationResult> baseResults, IReadOnlyList<ReplicationResult> altResults, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(baseResults);
        ArgumentNullException.ThrowIfNull(altResults);
        if (baseResults.Count != altResults.Count || baseResults.Count == 0)
        {
            throw new ArgumentException($"paired comparison needs the same number of replications on both sides, got {baseResults.Count} and {altResults.Count}");
        }

        var (order, baseValues) = Collect(baseResults);
        var (_, altValues) = Collect(altResults);
        return [.. order.Where(altValues.ContainsKey).Select(k => PairedDifference.Of(k, baseValues[k], altValues[k], level))];
    }

    // The list keeps report order; the dictionary is only ever read by key.
    private static (List<MetricKey> Order, Dictionary<MetricKey, List<double>> Values) Collect(IReadOnlyList<ReplicationResult> results)
    {
        var order = new List<MetricKey>();
        var values = new Dictionary<MetricKey, List<double>>();
        foreach (var result in results)
        {
            foreach (var v in MetricExtractor.Extract(result))
            {
                if (!values.TryGetValue(v.Key, out var list))
                {
                    values.Add(v.Key, list = []);
                    order.Add(v.Key);
                }

                list.Add(v.Value);
            }
        }

        return (order, values);
    }
}
