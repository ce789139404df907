using System.Text.Json.Nodes;
using Corridors.Report.Data;
using Corridors.Report.Page;

namespace Corridors.Report.Charts;

/// <summary>The corridor charts: tonnes per year with their intervals, and transit time p50 and p95.</summary>
internal static class CorridorCharts
{
    public static ChartSection Tonnes(RunData run)
    {
        var rows = run.Corridors.Where(c => c["tonnes_per_year"].IsDefined).OrderByDescending(c => c["tonnes_per_year"].Mean).ToList();
        var values = new JsonArray();
        foreach (var c in rows)
        {
            var d = new JsonObject { ["corridor"] = c.Id, ["tonnes_per_year"] = c["tonnes_per_year"].Mean };
            Specs.AddFigure(d, "kt", c["tonnes_per_year"], 1000);
            values.Add(d);
        }

        var order = Specs.Order(rows.Select(r => r.Id));
        var bar = new JsonObject
        {
            ["mark"] = new JsonObject { ["type"] = "bar", ["color"] = "#9ab8d6" },
            ["encoding"] = new JsonObject { ["y"] = Specs.Channel("corridor", "nominal", "corridor (origin→destination:commodity)", order.DeepClone()), ["x"] = Specs.Channel("kt", "quantitative", "kt per year") },
        };
        var layers = new JsonArray(bar);
        foreach (var layer in Specs.Whiskers("corridor", order, "kt", "kt per year", "#1d3557"))
        {
            layers.Add(layer!.DeepClone());
        }

        return new ChartSection("chart-corridor-tonnes", "Corridors: tonnes per year",
            "Bars: mean over replications; whiskers: 95 % confidence interval of the mean.",
            new JsonObject { ["data"] = new JsonObject { ["values"] = values }, ["width"] = 620, ["height"] = new JsonObject { ["step"] = 15 }, ["layer"] = layers });
    }

    public static ChartSection Transit(RunData run)
    {
        var rows = run.Corridors.Where(c => c["transit_p95_h"].IsDefined).OrderByDescending(c => c["transit_p95_h"].Mean).ToList();
        var values = new JsonArray();
        foreach (var c in rows)
        {
            foreach (var (stat, measure) in new[] { ("p50", "transit_p50_h"), ("p95", "transit_p95_h") })
            {
                var d = new JsonObject { ["corridor"] = c.Id, ["statistic"] = stat };
                Specs.AddFigure(d, "hours", c[measure]);
                values.Add(d);
            }
        }

        var order = Specs.Order(rows.Select(r => r.Id));
        var color = Specs.Channel("statistic", "nominal", "transit time", null, new JsonObject { ["scale"] = new JsonObject { ["domain"] = new JsonArray("p50", "p95"), ["range"] = new JsonArray("#2a9d8f", "#e76f51") } });
        var y = Specs.Channel("corridor", "nominal", "corridor", order);
        var rule = new JsonObject
        {
            ["mark"] = new JsonObject { ["type"] = "rule", ["strokeWidth"] = 1.5 },
            ["encoding"] = new JsonObject { ["y"] = y.DeepClone(), ["yOffset"] = Specs.Channel("statistic", "nominal"), ["x"] = Specs.Channel("hours_low", "quantitative", "hours"), ["x2"] = new JsonObject { ["field"] = "hours_high" }, ["color"] = color.DeepClone() },
        };
        var point = new JsonObject
        {
            ["mark"] = new JsonObject { ["type"] = "point", ["filled"] = true, ["size"] = 40 },
            ["encoding"] = new JsonObject
            {
                ["y"] = y.DeepClone(), ["yOffset"] = Specs.Channel("statistic", "nominal"), ["x"] = Specs.Channel("hours", "quantitative", "hours"), ["color"] = color.DeepClone(),
                ["tooltip"] = new JsonArray(Specs.Channel("corridor", "nominal"), Specs.Channel("statistic", "nominal"),
                    Specs.Channel("hours", "quantitative", "hours", null, new JsonObject { ["format"] = ",.1f" }),
                    Specs.Channel("hours_low", "quantitative", "95 % low", null, new JsonObject { ["format"] = ",.1f" }),
                    Specs.Channel("hours_high", "quantitative", "95 % high", null, new JsonObject { ["format"] = ",.1f" })),
            },
        };
        return new ChartSection("chart-corridor-transit", "Corridors: transit time p50 and p95",
            "Median (p50) and 95th percentile (p95) of the time from creation to delivery, with the 95 % interval of each over replications; longest p95 first.",
            new JsonObject { ["data"] = new JsonObject { ["values"] = values }, ["width"] = 620, ["height"] = new JsonObject { ["step"] = 11 }, ["layer"] = new JsonArray(rule, point) });
    }
}
