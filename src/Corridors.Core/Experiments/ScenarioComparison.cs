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
    /// <summary>
    /// Returns ALT − BASE for every figure either reports: the base's figures in its order, then those
    /// only the alternative has in its order. A figure of an element one plan lacks is an amount (tonnes,
    /// TEU, shipments, departures, tonne-km, reroutes, a route's share) taken as zero on the missing side —
    /// nothing passed a port that does not exist — or else (a wait, utilization, transit time, cost per
    /// tonne) reported for the one side only, with no difference.
    /// </summary>
    public static IReadOnlyList<PairedDifference> Compare(IReadOnlyList<ReplicationResult> baseResults, IReadOnlyList<ReplicationResult> altResults, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(baseResults);
        ArgumentNullException.ThrowIfNull(altResults);
        if (baseResults.Count != altResults.Count || baseResults.Count == 0)
        {
            throw new ArgumentException($"paired comparison needs the same number of replications on both sides, got {baseResults.Count} and {altResults.Count}");
        }

        var (baseOrder, baseValues) = Collect(baseResults);
        var (altOrder, altValues) = Collect(altResults);
        var differences = new List<PairedDifference>(baseOrder.Count);
        foreach (var key in baseOrder)
        {
            differences.Add(altValues.TryGetValue(key, out var alt)
                ? PairedDifference.Of(key, baseValues[key], alt, level)
                : OneSided(key, baseValues[key], Presence.BaseOnly, altValues, level));
        }

        differences.AddRange(altOrder.Where(k => !baseValues.ContainsKey(k)).Select(k => OneSided(k, altValues[k], Presence.AltOnly, baseValues, level)));
        return differences;
    }

    private static PairedDifference OneSided(MetricKey key, List<double> values, Presence presence, Dictionary<MetricKey, List<double>> otherSide, double level)
    {
        if (IsZeroWhereAbsent(key, otherSide))
        {
            var zeros = new double[values.Count];
            var d = presence == Presence.AltOnly ? PairedDifference.Of(key, zeros, values, level) : PairedDifference.Of(key, values, zeros, level);
            return d with { Presence = presence };
        }

        var mean = MetricSummary.Of(values, level).Mean;
        return new PairedDifference
        {
            Key = key,
            BaseMean = presence == Presence.BaseOnly ? mean : double.NaN,
            AltMean = presence == Presence.AltOnly ? mean : double.NaN,
            Difference = MetricSummary.Of([], level),
            Presence = presence,
        };
    }

    // Amounts are zero where the element is missing. A route's share is zero only where the other plan
    // chose routes for the same corridor (a static plan reports no shares at all: unknown, not zero).
    private static bool IsZeroWhereAbsent(MetricKey key, Dictionary<MetricKey, List<double>> otherSide) => key.Scope switch
    {
        RouteChoiceMetrics.RouteScope => otherSide.Keys.Any(k => k.Scope == RouteChoiceMetrics.RouteScope && SameCorridor(k.Id, key.Id)),
        RouteChoiceMetrics.RerouteScope => otherSide.Keys.Any(k => k.Scope == RouteChoiceMetrics.RerouteScope),
        _ => key.Measure is "tonnes_per_year" or "teu_per_year" or "shipments" or "arrivals" or "departures" or "tonne_km" or "blocked_shipments",
    };

    private static bool SameCorridor(string routeId, string otherRouteId) =>
        routeId.AsSpan(0, Math.Max(0, routeId.IndexOf('|', StringComparison.Ordinal))).SequenceEqual(otherRouteId.AsSpan(0, Math.Max(0, otherRouteId.IndexOf('|', StringComparison.Ordinal))));

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
