using System.Text.Json;
using Corridors.Core.Model;

namespace Corridors.Core.Analysis;

/// <summary>
/// Finds the places where goods wait most. Nodes and links are ranked together by the tonnes waiting
/// there on average (mean wait × tonnes a year ÷ 8,760 h, from figures every replication already
/// reports), so a berth that delays two million tonnes by 12 h ranks above a link that delays 3,000 t
/// by 500 h: the first holds 2,700 t of goods at any time, the second 170 t.
/// </summary>
internal static class BottleneckRanking
{
    /// <summary>The most places a summary names.</summary>
    public const int Count = 5;

    private const double HoursPerYear = 8760;

    /// <summary>
    /// Returns at most <see cref="Count"/> places where goods waited, most tonnes waiting first (ties by
    /// scope, then id); <paramref name="perReplication"/> holds each replication's figures in the order of <paramref name="rows"/>.
    /// </summary>
    public static IReadOnlyList<Bottleneck> Rank(ScenarioModel model, IReadOnlyList<IReadOnlyList<MetricValue>> perReplication, IReadOnlyList<MetricRow> rows, double level)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(perReplication);
        ArgumentNullException.ThrowIfNull(rows);
        var index = new Dictionary<MetricKey, int>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            index[rows[i].Key] = i;
        }

        var places = new List<Bottleneck>();
        foreach (var node in model.Nodes)
        {
            if (Waiting(node.Id, "node", index, perReplication, level) is { } tonnes)
            {
                places.Add(Describe(node, tonnes, rows, index, model));
            }
        }

        foreach (var link in model.Links)
        {
            if (Waiting(link.Id, "link", index, perReplication, level) is { } tonnes)
            {
                places.Add(Describe(link, tonnes, rows, index, model));
            }
        }

        return [.. places.OrderByDescending(p => p.TonnesWaiting.Mean).ThenBy(p => p.Scope, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal).Take(Count)];
    }

    // Per replication, so the figure has its own interval; null where no goods waited in any replication.
    private static MetricSummary? Waiting(string id, string scope, Dictionary<MetricKey, int> index, IReadOnlyList<IReadOnlyList<MetricValue>> perReplication, double level)
    {
        if (!index.TryGetValue(new MetricKey(scope, id, "mean_wait_h"), out var wait) || !index.TryGetValue(new MetricKey(scope, id, "tonnes_per_year"), out var tonnes))
        {
            return null;
        }

        var summary = MetricSummary.Of([.. perReplication.Select(r => r[wait].Value * r[tonnes].Value / HoursPerYear)], level);
        return summary.N > 0 && summary.Mean > 0 ? summary : null;
    }

    private static Bottleneck Describe(NodeSpec node, MetricSummary tonnes, IReadOnlyList<MetricRow> rows, Dictionary<MetricKey, int> index, ScenarioModel model)
    {
        // Waiting at a node is either queueing at its servers or being held at the gate while storage is full; the larger share names the stage.
        var queued = Mean(rows, index, "node", node.Id, "mean_queue");
        var blocked = Mean(rows, index, "node", node.Id, "mean_blocked");
        var (stage, what) = blocked > queued / 2 ? ("storage-full", "blocked at the gate: storage full") : node switch
        {
            PortSpec => ("berth", "waiting for a berth"),
            HubSpec => ("handling", "waiting for mode-change handling"),
            BorderCrossingSpec { GaugeChange: not null } => ("crossing", "waiting for customs lanes or the gauge change"),
            BorderCrossingSpec or BorderTradeCenterSpec => ("clearance", "waiting for customs clearance"),
            _ => ("storage-full", "blocked at the gate: storage full"),
        };
        return new Bottleneck
        {
            Scope = "node",
            Id = node.Id,
            Kind = JsonNamingPolicy.KebabCaseLower.ConvertName(node.Kind.ToString()),
            Stage = stage,
            What = what,
            TonnesWaiting = tonnes,
            HoursClosed = Mean(rows, index, "node", node.Id, "hours_closed"),
            ClosedBy = Closures(model, node.Id),
        };
    }

    private static Bottleneck Describe(LinkSpec link, MetricSummary tonnes, IReadOnlyList<MetricRow> rows, Dictionary<MetricKey, int> index, ScenarioModel model)
    {
        var mode = link.Mode.ToString().ToLowerInvariant();

        // Without a carrier a shipment leaves at once, unless the link is closed.
        var (stage, what) = link.Carrier?.Kind switch
        {
            CarrierKind.Ferry => ("departure", "waiting for a ferry sailing"),
            CarrierKind.Vessel => ("departure", "waiting for a sailing"),
            CarrierKind.Train => ("departure", "waiting for a train departure"),
            _ => ("reopening", $"waiting for the closed {mode} link to reopen"),
        };
        return new Bottleneck
        {
            Scope = "link",
            Id = link.Id,
            Kind = mode,
            Stage = stage,
            What = what,
            TonnesWaiting = tonnes,
            HoursClosed = Mean(rows, index, "link", link.Id, "hours_closed"),
            ClosedBy = Closures(model, link.Id),
        };
    }

    private static double Mean(IReadOnlyList<MetricRow> rows, Dictionary<MetricKey, int> index, string scope, string id, string measure) =>
        index.TryGetValue(new MetricKey(scope, id, measure), out var i) && double.IsFinite(rows[i].Summary.Mean) ? rows[i].Summary.Mean : 0;

    private static IReadOnlyList<string> Closures(ScenarioModel model, string id) =>
    [
        .. model.Disruptions.Where(d => d switch
        {
            Closure c => c.CapacityFactor == 0 && c.Targets.Contains(id),
            SeasonalClosure s => s.CapacityFactor == 0 && s.Targets.Contains(id),
            StormProcess s => s.CapacityFactor == 0 && s.Targets.Contains(id),
            _ => false,
        }).Select(d => d.Id),
    ];
}
