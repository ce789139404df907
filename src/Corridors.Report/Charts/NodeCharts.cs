using System.Text.Json.Nodes;
using Corridors.Report.Data;
using Corridors.Report.Page;

namespace Corridors.Report.Charts;

/// <summary>Utilization and mean wait of every node that handled goods, the longest waits first.</summary>
internal static class NodeCharts
{
    public static ChartSection Build(RunData run)
    {
        var rows = run.Nodes.Where(n => n["tonnes_per_year"].Mean > 0)
            .OrderByDescending(n => n["mean_wait_h"].IsDefined ? n["mean_wait_h"].Mean : -1).ThenBy(n => n.Id, StringComparer.Ordinal).ToList();
        var values = new JsonArray();
        foreach (var n in rows)
        {
            var d = new JsonObject { ["node"] = n.Id };
            Specs.AddFigure(d, "utilization", n["utilization"], 0.01);
            Specs.AddFigure(d, "mean_wait_h", n["mean_wait_h"]);
            values.Add(d);
        }

        var order = Specs.Order(rows.Select(r => r.Id));
        JsonObject Panel(string field, string title, string color)
        {
            var layers = new JsonArray(new JsonObject
            {
                ["mark"] = new JsonObject { ["type"] = "bar", ["color"] = color, ["opacity"] = 0.45 },
                ["encoding"] = new JsonObject { ["y"] = Specs.Channel("node", "nominal", "node", order.DeepClone()), ["x"] = Specs.Channel(field, "quantitative", title) },
            });
            foreach (var layer in Specs.Whiskers("node", order, field, title, color))
            {
                layers.Add(layer!.DeepClone());
            }

            return new JsonObject { ["width"] = 380, ["height"] = new JsonObject { ["step"] = 15 }, ["layer"] = layers };
        }

        var spec = new JsonObject
        {
            ["data"] = new JsonObject { ["values"] = values },
            ["hconcat"] = new JsonArray(Panel("mean_wait_h", "mean wait (h)", "#c0392b"), Panel("utilization", "utilization (%)", "#2c6e9e")),
        };
        return new ChartSection("chart-nodes", "Nodes: mean wait and utilization",
            "Every node that handled goods, the longest mean wait (queued or blocked at a full yard) first; bars are means, whiskers 95 % intervals. Utilization is the share of servers busy.",
            spec);
    }
}
