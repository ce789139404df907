using Corridors.Core.Analysis;
using Spectre.Console;

namespace Corridors.Cli.Output;

/// <summary>
/// Renders an experiment summary as the tables a planner reads: corridors with the flows they gather,
/// the nodes that handled goods, and the places where most goods wait. Tables fit the console's width
/// by leaving out their least important columns and saying which (<c>run --wide</c> shows them all).
/// </summary>
internal static class SummaryTables
{
    private static readonly string[] TransitMeasures = ["transit_mean_h", "transit_p50_h", "transit_p95_h"];

    public static void Write(IAnsiConsole console, ExperimentSummary summary)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(summary);
        SteadyStateWarning.Write(console, summary);
        var level = summary.Metrics.Count > 0 ? summary.Metrics[0].Summary.Level : 0.95;
        var width = console.Profile.Width;
        var output = console.Profile.Out.Writer;
        Paragraph.Write(output, FormattableString.Invariant(
            $"{summary.Scenario}: {summary.Replications} replications of {summary.HorizonHours - summary.WarmupHours:#,0} h after a {summary.WarmupHours:#,0} h warm-up, seed {summary.Seed}; ± is the {level:P0} confidence half-width."), width);
        output.WriteLine();
        Paragraph.Write(output, "Corridors, each with the id of its flow in the scenario under it:", width);
        LeftOut(output, Corridors(summary).Write(output, width, "  "), width);
        if (!summary.SteadyState.Holds)
        {
            Paragraph.Write(output, "  * not a steady-state figure: it grows with the horizon (see the warning above); undelivered kt: tonnes still in the system at the horizon.", width, "    ");
        }
        output.WriteLine();
        Paragraph.Write(output, "Nodes that handled goods (utilization: share of servers busy, – where no server served anything):", width);
        LeftOut(output, Nodes(summary).Write(output, width, "  "), width);
        output.WriteLine();
        if (summary.Bottlenecks.Count == 0)
        {
            output.WriteLine("Bottlenecks: none (nothing waited anywhere).");
        }
        else
        {
            Paragraph.Write(output, "Bottlenecks: the nodes and links where most goods wait (tonnes waiting on average = mean wait × tonnes a year ÷ 8,760 h), most first:", width);
            for (var i = 0; i < summary.Bottlenecks.Count; i++)
            {
                var b = summary.Bottlenecks[i];
                Paragraph.Write(output, $"  {i + 1}. {b.Id} ({b.Scope}, {b.Kind}): {b.What}", width, "     ");
                Paragraph.Write(output, "     " + Bottleneck(summary, b), width, "     ");
            }
        }

        if (!summary.ConservationHolds)
        {
            Paragraph.Write(output, "WARNING: shipments were lost or double-counted in at least one replication; the figures are not trustworthy.", width);
        }
    }

    private static FittedTable Corridors(ExperimentSummary summary)
    {
        // Throughput and the headline transit times are kept longest; the flow line sits under its corridor, so it costs no column.
        // Without a steady state the tonnes still in the system come right after throughput, and are kept right after it:
        // they say how far it fell short.
        var settled = summary.SteadyState.Holds;
        int Priority(int settledPriority) => settled || settledPriority < 2 ? settledPriority : settledPriority + 1;
        List<(string Header, int Priority)> columns =
            [("corridor", 0), ("kt/yr>", 1), ("TEU/yr>", Priority(5)), ("transit mean h>", Priority(2)), ("p50 h>", Priority(6)), ("p95 h>", Priority(3)),
                ("USD/t>", Priority(4)), ("kg CO2/t>", Priority(7))];
        if (!settled)
        {
            columns.Insert(2, ("undelivered kt>", 2));
        }

        var table = new FittedTable([.. columns]);
        var unsettled = summary.SteadyState.UnsettledFigures.ToHashSet();
        foreach (var group in Scope(summary, "corridor"))
        {
            List<string> row = [group.Key, Figures.WithInterval(Get(group, "tonnes_per_year"), 1000), Figures.WithInterval(Get(group, "teu_per_year")),
                .. TransitMeasures.Select(m => Marked(group, m, unsettled)), .. Cells(group, "usd_per_t", "co2_kg_per_t")];
            if (!settled)
            {
                row.Insert(2, Figures.WithInterval(Get(group, "undelivered_t"), 1000));
            }

            table.Add([.. row]);
            var flows = summary.CorridorFlows.GetValueOrDefault(group.Key, []);
            if (flows.Count > 0)
            {
                table.Add([$"  {(flows.Count == 1 ? "flow" : "flows")} {string.Join(", ", flows)}", .. Enumerable.Repeat("", row.Count - 1)]);
            }
        }

        return table;
    }

    // A figure that grows with the horizon (summary.json: steady_state.unsettled_figures) carries a '*'.
    private static string Marked(IGrouping<string, MetricRow> group, string measure, HashSet<MetricKey> unsettled) =>
        Figures.WithInterval(Get(group, measure)) + (unsettled.Contains(new MetricKey("corridor", group.Key, measure)) ? " *" : "");

    private static FittedTable Nodes(ExperimentSummary summary)
    {
        var table = new FittedTable(("node", 0), ("kt/yr>", 1), ("utilization>", 2), ("mean queue>", 5), ("mean wait h>", 3), ("max wait h>", 6), ("hours closed>", 4));
        foreach (var group in Scope(summary, "node").Where(g => Get(g, "arrivals").Mean > 0))
        {
            table.Add(group.Key, Figures.WithInterval(Get(group, "tonnes_per_year"), 1000), Figures.Utilization(Get(group, "utilization")),
                Figures.WithInterval(Get(group, "mean_queue")), Figures.WithInterval(Get(group, "mean_wait_h")),
                Figures.WithInterval(Get(group, "max_wait_h")), Figures.WithInterval(Get(group, "hours_closed")));
        }

        return table;
    }

    private static void LeftOut(TextWriter output, IReadOnlyList<string> headers, int width)
    {
        if (headers.Count > 0)
        {
            Paragraph.Write(output, $"  Left out to fit {width} columns (--wide shows them): {string.Join(", ", headers)}.", width, "  ");
        }
    }

    // "9,457 ± 2,227 t waiting on average (mean wait 3.74 ± 0.86 h, 22,126 kt/yr); utilization 68.4 ± 0.5 %; closed 571 h (caspian-storms)".
    private static string Bottleneck(ExperimentSummary summary, Bottleneck b)
    {
        var figures = summary.Metrics.Where(r => r.Key.Scope == b.Scope && r.Key.Id == b.Id).ToDictionary(r => r.Key.Measure, r => r.Summary);
        var text = $"{Figures.WithInterval(b.TonnesWaiting)} t waiting on average (mean wait {Figures.WithInterval(figures["mean_wait_h"])} h, {Figures.Number(figures["tonnes_per_year"].Mean / 1000)} kt/yr)";
        if (b.Scope == "node" && Figures.Utilization(figures["utilization"]) is var utilization && utilization != "–")
        {
            text += $"; utilization {utilization}";
        }

        if (b.HoursClosed > 0)
        {
            text += $"; closed {Figures.Number(b.HoursClosed)} h" + (b.ClosedBy.Count > 0 ? $" ({string.Join(", ", b.ClosedBy)})" : "");
        }

        return text;
    }

    private static IEnumerable<IGrouping<string, MetricRow>> Scope(ExperimentSummary summary, string scope) =>
        summary.Metrics.Where(r => r.Key.Scope == scope).GroupBy(r => r.Key.Id);

    private static MetricSummary Get(IGrouping<string, MetricRow> group, string measure) => group.Single(r => r.Key.Measure == measure).Summary;

    private static string[] Cells(IGrouping<string, MetricRow> group, params string[] measures) =>
        [.. measures.Select(m => Figures.WithInterval(Get(group, m)))];
}
