using System.Globalization;
using MathNet.Numerics.Distributions;
using Corridors.Core.Results;

namespace Corridors.Core.Analysis;

/// <summary>
/// Tells a system that settles from one whose backlog keeps growing (demand above capacity somewhere),
/// where waits and transit times are not results but grow with the horizon.
/// <para>
/// The rule (docs/outputs.md, "Steady state"): in steady state the goods in the system at the horizon and
/// at the end of the warm-up come from the same distribution, so the growth of the backlog over the
/// measured period, as a share of what was generated in it (<see cref="BacklogGrowth"/>), has mean 0;
/// under overload it tends to 1 − capacity ÷ demand. A corridor, or the system, is not in steady state when
/// the mean of that share over replications exceeds <see cref="Threshold"/> and its confidence interval lies
/// above zero (with one replication, the value itself against the threshold). Corridors are tested as a family
/// (Bonferroni: each at level 1 − (1 − level)/k), so that forty stable corridors do not raise a false alarm
/// one time in two; when the rule fails, the nodes and links whose own backlog grows by the same test (a family
/// of all of them, the share of what entered each) are named as where the goods pile up. The threshold keeps the effects that do not grow with the horizon out: a season's
/// carry-over (goods that wait out a frozen river at the horizon but not at the end of a warm-up that started
/// empty) and whole-shipment granularity.
/// </para>
/// </summary>
public static class SteadyStateCheck
{
    /// <summary>The share of the measured period's inflow above which a growing backlog matters: one tonne in a hundred.</summary>
    public const double Threshold = 0.01;

    /// <summary>The utilization or load factor from which a place counts as working at its capacity (a station busy ~100 % of its open time).</summary>
    public const double Saturation = 0.99;

    // Reasons name this many corridors and places; the lists in the result have them all.
    private const int Named = 5;

    private static readonly string[] CorridorFigures = ["transit_mean_h", "transit_p50_h", "transit_p95_h"];
    private static readonly string[] NodeFigures = ["mean_queue", "mean_wait_h", "max_wait_h", "mean_sojourn_h", "mean_present", "mean_blocked", "blocked_hours"];
    private static readonly string[] LinkFigures = ["mean_wait_h", "mean_sojourn_h", "mean_present", "mean_waiting"];

    /// <summary>Checks <paramref name="results"/> (at least one replication) with intervals at <paramref name="level"/>.</summary>
    public static SteadyState Of(IReadOnlyList<ReplicationResult> results, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0)
        {
            throw new ArgumentException("the check needs at least one replication", nameof(results));
        }

        var shares = results.Select(BacklogGrowth.SystemUndeliveredShare).ToArray();
        var system = MetricSummary.Of(shares, level);
        var flows = results[0].Flows;
        // One replication has no spread to test a corridor against: forty corridors read against the
        // threshold alone raise false alarms (the baseline, run once, has one at 1.8 %). The system's
        // share decides then, and the corridors are named only when it fails.
        var corridors = results.Count == 1 && !Grows(system) ? [] : Largest(Enumerable.Range(0, flows.Count).Select(i => new GrowingBacklog(
            "corridor",
            MetricExtractor.CorridorId(flows[i].Key),
            MetricSummary.Of([.. results.Select(r => BacklogGrowth.UndeliveredShare(r, i))], level),
            Mean(results, r => Growth(r, b => b.CorridorTonnes, i)),
            double.NaN)), flows.Count);
        var holds = !Grows(system) && corridors.Count == 0;
        var candidates = holds ? [] : PlaceCandidates(results, level);
        var places = Largest(candidates, candidates.Count);
        // Whether demand exceeds capacity is read off every place whose backlog grew by more than the
        // threshold on average, not only those that pass the family test: with two or three replications
        // a berth busy 100 % of the time rarely passes it, yet it, not the warm-up, is the cause.
        var atCapacity = candidates.Any(p => p.Share.Mean > Threshold && p.Busy >= Saturation);
        var unsettled = holds ? [] : Unsettled(corridors, places);
        return new SteadyState
        {
            Holds = holds,
            Threshold = Threshold,
            UndeliveredShare = system,
            ReplicationsOverThreshold = shares.Count(s => s > Threshold),
            Corridors = corridors,
            Places = places,
            AtCapacity = atCapacity,
            UnsettledFigures = unsettled,
            Reasons = holds ? [] : Reasons(system, shares, corridors, places, unsettled.Count, atCapacity),
        };
    }

    /// <summary>
    /// Gets whether a growth share's mean exceeds <see cref="Threshold"/> and is significantly above zero: one-sided, at
    /// half of 1 − its level shared among <paramref name="family"/> tests (with one replication: the value against the threshold).
    /// </summary>
    /// <param name="share">A growth share over replications.</param>
    /// <param name="family">How many shares are tested together (Bonferroni); 1 for one.</param>
    public static bool Grows(MetricSummary share, int family = 1)
    {
        ArgumentNullException.ThrowIfNull(share);
        if (!(share.N > 0 && share.Mean > Threshold))
        {
            return false;
        }

        if (share.N == 1 || share.StdDev == 0)
        {
            return true;
        }

        // The p-value of t = mean ÷ standard error, not a quantile: MathNet's t quantile fails to converge
        // far in the tail with few degrees of freedom (a link used in two replications, tested among a hundred).
        var t = share.Mean / (share.StdDev / Math.Sqrt(share.N));
        var p = 1 - StudentT.CDF(0, 1, share.N - 1, t);
        return p < (1 - share.Level) / 2 / Math.Max(1, family);
    }

    private static List<GrowingBacklog> PlaceCandidates(IReadOnlyList<ReplicationResult> results, double level)
    {
        var first = results[0];
        var nodes = Enumerable.Range(0, first.Nodes.Count).Select(j => new GrowingBacklog(
            "node",
            first.Nodes[j].Id,
            MetricSummary.Of([.. results.Select(r => PlaceShare(r, b => b.NodeTonnes, j, r.Nodes[j].TonnesOut))], level),
            Mean(results, r => Growth(r, b => b.NodeTonnes, j)),
            Mean(results, r => r.Nodes[j].Utilization)));
        var links = Enumerable.Range(0, first.Links.Count).Select(j => new GrowingBacklog(
            "link",
            first.Links[j].Id,
            MetricSummary.Of([.. results.Select(r => PlaceShare(r, b => b.LinkTonnes, j, r.Links[j].Tonnes))], level),
            Mean(results, r => Growth(r, b => b.LinkTonnes, j)),
            Mean(results, r => r.Links[j].MeanLoadFactor)));
        return [.. nodes.Concat(links)];
    }

    private static List<GrowingBacklog> Largest(IEnumerable<GrowingBacklog> candidates, int family) =>
        [.. candidates.Where(g => Grows(g.Share, family)).OrderByDescending(g => g.GrowthTonnes).ThenBy(g => g.Id, StringComparer.Ordinal)];

    private static List<MetricKey> Unsettled(List<GrowingBacklog> corridors, List<GrowingBacklog> places) =>
    [
        .. corridors.SelectMany(c => CorridorFigures.Select(m => new MetricKey("corridor", c.Id, m))),
        .. places.SelectMany(p => (p.Scope == "node" ? NodeFigures : LinkFigures).Select(m => new MetricKey(p.Scope, p.Id, m))),
    ];

    private static List<string> Reasons(MetricSummary system, double[] shares, List<GrowingBacklog> corridors, List<GrowingBacklog> places, int unsettled, bool atCapacity)
    {
        var reasons = new List<string>();
        if (Grows(system))
        {
            reasons.Add(Text(
                $"deliveries fell {system.Mean:P1} short of the tonnes generated after the warm-up ({Interval(system)}; more than {Threshold:P0} in {shares.Count(s => s > Threshold)} of {shares.Length} replications)"));
        }

        if (corridors.Count > 0)
        {
            var worst = string.Join(", ", corridors.Take(Named).Select(c => Text($"{c.Id} ({c.Share.Mean:P1}, {c.GrowthTonnes:#,0} t)")));
            reasons.Add(Text($"{Count(corridors.Count, "corridor")} delivered less than generated after the warm-up; most undelivered: {worst}{More(corridors.Count, "corridors")}"));
        }

        foreach (var p in places.Take(Named))
        {
            var busy = double.IsNaN(p.Busy) ? "" : p.Scope == "node" ? Text($" (busy {p.Busy:P0})") : Text($" (carriers {p.Busy:P0} full)");
            reasons.Add(Text($"the backlog grows at {p.Scope} {p.Id}{busy}: {p.GrowthTonnes:#,0} t more at the horizon than at the end of the warm-up, {p.Share.Mean:P1} of what entered it"));
        }

        if (places.Count > Named)
        {
            reasons.Add(Text($"and at {Count(places.Count - Named, "more place")} (see places)"));
        }

        reasons.Add(Text($"{unsettled} waits, queues and transit times of these corridors, nodes and links are not steady-state results: ") + Cause(atCapacity));
        return reasons;
    }

    /// <summary>Gets what makes the backlog grow, as far as the check can tell.</summary>
    /// <param name="atCapacity">Whether a place where it grows works at its capacity.</param>
    public static string Cause(bool atCapacity) => atCapacity
        ? "they grow with the horizon, since demand exceeds capacity"
        : "demand exceeds capacity, or the warm-up is too short for the queues to fill (a longer one tells which; see corridors warmup)";

    private static string Count(int count, string noun) => Text($"{count} {noun}{(count == 1 ? "" : "s")}");

    private static string More(int count, string what) => count > Named ? Text($" and {count - Named} more {what}") : "";

    private static string Interval(MetricSummary s) =>
        s.N > 1 ? Text($"{s.Level:P0} interval {s.Mean - s.HalfWidth:P1} to {s.Mean + s.HalfWidth:P1}") : "one replication, no interval";

    private static double PlaceShare(ReplicationResult r, Func<BacklogSnapshot, IReadOnlyList<double>> tonnes, int index, double movedTonnes) =>
        r.Backlog is { } b ? BacklogGrowth.PlaceGrowthShare(tonnes(b.AtWarmup)[index], tonnes(b.AtHorizon)[index], movedTonnes) : double.NaN;

    private static double Growth(ReplicationResult r, Func<BacklogSnapshot, IReadOnlyList<double>> tonnes, int index) =>
        r.Backlog is { } b ? tonnes(b.AtHorizon)[index] - tonnes(b.AtWarmup)[index] : double.NaN;

    private static double Mean(IReadOnlyList<ReplicationResult> results, Func<ReplicationResult, double> value) =>
        MetricSummary.Of([.. results.Select(value)]).Mean;

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
