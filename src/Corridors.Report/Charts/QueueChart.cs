using System.Text.Json.Nodes;
using Corridors.Report.Data;
using Corridors.Report.Page;

namespace Corridors.Report.Charts;

/// <summary>
/// Queues over the year for the nodes where most waited, and for the nodes closed longest (so that ice
/// and storm windows show): per step the mean number waiting over replications with its 95 % band, and
/// the steps the node was closed shaded, darker the longer.
/// </summary>
internal static class QueueChart
{
    private const int Busiest = 6;
    private const int Closed = 2;

    public static ChartSection? Build(RunData run)
    {
        if (run.Series.Count == 0)
        {
            return null;
        }

        var byNode = run.Series.GroupBy(p => p.Node).ToList();
        var busiest = byNode.Where(g => g.Sum(p => p.Mean) > 0).OrderByDescending(g => g.Sum(p => p.Mean)).Take(Busiest).ToList();
        var closed = byNode.Except(busiest).Where(g => g.Sum(p => p.ClosedHours) > 0).OrderByDescending(g => g.Sum(p => p.ClosedHours)).Take(Closed);
        var panels = new JsonArray();
        foreach (var node in busiest.Concat(closed))
        {
            panels.Add(Panel(node.Key, [.. node]));
        }

        var spec = new JsonObject { ["vconcat"] = panels, ["config"] = new JsonObject { ["concat"] = new JsonObject { ["spacing"] = 14 } } };
        return new ChartSection("chart-queues", "Queues over the year",
            $"Number waiting per day (mean over {run.Replications} replications, line; 95 % band, shaded) at the {busiest.Count} nodes where most waited, and the nodes closed longest; blue columns: closed (darker = closed for more of the day, averaged over replications).",
            spec);
    }

    private static JsonObject Panel(string node, IReadOnlyList<SeriesPoint> points)
    {
        // Three decimals are plenty for a picture and keep the file small; the exact figures are in timeseries.csv.
        var values = new JsonArray();
        foreach (var p in points)
        {
            values.Add(new JsonObject
            {
                ["date"] = p.Date, ["end"] = End(p), ["waiting"] = Specs.Value(Math.Round(p.Mean, 3)),
                ["low"] = Specs.Value(Math.Round(Math.Max(0, p.Low), 3)), ["high"] = Specs.Value(Math.Round(p.High, 3)), ["closed"] = Specs.Value(Math.Round(p.ClosedHours / (p.EndHours - p.StartHours), 3)),
            });
        }

        var x = Specs.Channel("date", "temporal", null, null, new JsonObject { ["scale"] = new JsonObject { ["type"] = "utc" }, ["axis"] = new JsonObject { ["format"] = "%b %Y", ["title"] = null } });
        var closedLayer = new JsonObject
        {
            ["transform"] = new JsonArray(new JsonObject { ["filter"] = "datum.closed > 0" }),
            ["mark"] = new JsonObject { ["type"] = "rect", ["color"] = "#3b6fb6" },
            ["encoding"] = new JsonObject { ["x"] = x.DeepClone(), ["x2"] = new JsonObject { ["field"] = "end" }, ["opacity"] = Specs.Channel("closed", "quantitative", "share of day closed", null, new JsonObject { ["scale"] = new JsonObject { ["domain"] = new JsonArray(0, 1), ["range"] = new JsonArray(0.08, 0.45) }, ["legend"] = null }) },
        };
        var band = new JsonObject
        {
            ["mark"] = new JsonObject { ["type"] = "area", ["color"] = "#e76f51", ["opacity"] = 0.3 },
            ["encoding"] = new JsonObject { ["x"] = x.DeepClone(), ["y"] = Specs.Channel("low", "quantitative", "waiting"), ["y2"] = new JsonObject { ["field"] = "high" } },
        };
        var line = new JsonObject
        {
            ["mark"] = new JsonObject { ["type"] = "line", ["color"] = "#9c2f1a", ["strokeWidth"] = 1.2 },
            ["encoding"] = new JsonObject
            {
                ["x"] = x.DeepClone(), ["y"] = Specs.Channel("waiting", "quantitative", "waiting"),
                ["tooltip"] = new JsonArray(Specs.Channel("date", "nominal", "day"), Specs.Channel("waiting", "quantitative", "mean waiting"), Specs.Channel("low", "quantitative", "95 % low"), Specs.Channel("high", "quantitative", "95 % high"), Specs.Channel("closed", "quantitative", "share closed")),
            },
        };
        return new JsonObject
        {
            ["title"] = new JsonObject { ["text"] = node, ["anchor"] = "start", ["fontSize"] = 12 },
            ["data"] = new JsonObject { ["values"] = values },
            ["width"] = 900, ["height"] = 90,
            ["layer"] = new JsonArray(closedLayer, band, line),
        };
    }

    private static string End(SeriesPoint p) =>
        DateOnly.ParseExact(p.Date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).AddDays((int)Math.Round((p.EndHours - p.StartHours) / 24)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
