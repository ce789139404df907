using Corridors.Core.Analysis;
using Spectre.Console;

namespace Corridors.Cli.Output;

/// <summary>Renders an experiment summary as the tables a planner reads: corridors, busiest nodes, bottlenecks.</summary>
internal static class SummaryTables
{
    public static void Write(IAnsiConsole console, ExperimentSummary summary)
    {
        SteadyStateWarning.Write(console, summary);
        var level = summary.Metrics.Count > 0 ? summary.Metrics[0].Summary.Level : 0.95;
        console.WriteLine(FormattableString.Invariant(
            $"{summary.Scenario}: {summary.Replications} replications of {summary.HorizonHours - summary.WarmupHours:#,0} h after a {summary.WarmupHours:#,0} h warm-up, seed {summary.Seed}; ± is the {level:P0} confidence half-width."));
        console.WriteLine();
        console.Write(Corridors(summary));
        console.WriteLine();
        console.Write(Nodes(summary));
        console.WriteLine();
        console.WriteLine(summary.Bottlenecks.Count == 0 ? "Bottlenecks: none (nothing waited anywhere)." : "Bottlenecks (longest mean wait first):");
        foreach (var id in summary.Bottlenecks)
        {
            console.WriteLine("  " + Bottleneck(summary, id));
        }

        if (!summary.ConservationHolds)
        {
            console.WriteLine("WARNING: shipments were lost or double-counted in at least one replication; the figures are not trustworthy.");
        }
    }

    private static Table Corridors(ExperimentSummary summary)
    {
        var table = new Table { Border = TableBorder.Simple, Title = new TableTitle("Corridors") };
        table.AddColumns("corridor", "kt/yr", "TEU/yr", "transit mean h", "p50 h", "p95 h", "USD/t", "kg CO2/t");
        foreach (var group in Scope(summary, "corridor"))
        {
            AddRow(table, [group.Key, Figures.WithInterval(Get(group, "tonnes_per_year"), 1000),
                .. Cells(group, "teu_per_year", "transit_mean_h", "transit_p50_h", "transit_p95_h", "usd_per_t", "co2_kg_per_t")]);
        }

        RightAlign(table);
        return table;
    }

    private static Table Nodes(ExperimentSummary summary)
    {
        var table = new Table { Border = TableBorder.Simple, Title = new TableTitle("Nodes (those that handled goods)") };
        table.AddColumns("node", "utilization", "mean queue", "mean wait h", "max wait h", "hours closed", "kt/yr");
        foreach (var group in Scope(summary, "node").Where(g => Get(g, "arrivals").Mean > 0))
        {
            AddRow(table, [group.Key, Figures.Percent(Get(group, "utilization")), Figures.WithInterval(Get(group, "mean_queue")),
                Figures.WithInterval(Get(group, "mean_wait_h")), Figures.WithInterval(Get(group, "max_wait_h")),
                Figures.WithInterval(Get(group, "hours_closed")), Figures.WithInterval(Get(group, "tonnes_per_year"), 1000)]);
        }

        RightAlign(table);
        return table;
    }

    private static string Bottleneck(ExperimentSummary summary, string id)
    {
        var node = summary.Metrics.Where(r => r.Key.Scope == "node" && r.Key.Id == id).ToDictionary(r => r.Key.Measure, r => r.Summary);
        return $"{id} (wait {Figures.WithInterval(node["mean_wait_h"])} h, utilization {Figures.Percent(node["utilization"])})";
    }

    // Cells are plain text, never markup (ids may contain brackets), and never wrap: a wrapped id is unreadable.
    private static void AddRow(Table table, string[] cells) => table.AddRow(cells.Select(c => new Text(c) { Overflow = Overflow.Ellipsis }));

    private static IEnumerable<IGrouping<string, MetricRow>> Scope(ExperimentSummary summary, string scope) =>
        summary.Metrics.Where(r => r.Key.Scope == scope).GroupBy(r => r.Key.Id);

    private static MetricSummary Get(IGrouping<string, MetricRow> group, string measure) => group.Single(r => r.Key.Measure == measure).Summary;

    private static string[] Cells(IGrouping<string, MetricRow> group, params string[] measures) =>
        [.. measures.Select(m => Figures.WithInterval(Get(group, m)))];

    private static void RightAlign(Table table)
    {
        table.Columns[0].NoWrap();
        for (var i = 1; i < table.Columns.Count; i++)
        {
            table.Columns[i].RightAligned().NoWrap();
        }
    }
}
