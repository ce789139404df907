using System.Text.Json.Nodes;
using Corridors.Report.Data;
using Corridors.Report.Page;

namespace Corridors.Report.Charts;

/// <summary>
/// ALT − BASE of the headline figures, one panel per measure in its own unit: a dot at the mean
/// difference, a line over its 95 % paired interval, a zero line; red where the figure changed (the
/// interval excludes zero and the difference is at least the figure's resolution).
/// </summary>
internal static class ForestPlot
{
    /// <summary>Rows per panel: the largest differences relative to their half-width, changes first.</summary>
    private const int Rows = 20;

    private static readonly (string Scope, string Measure, string Title, double Scale)[] Headline =
    [
        ("corridor", "tonnes_per_year", "corridor tonnes (kt/yr)", 1000),
        ("corridor", "transit_mean_h", "corridor mean transit (h)", 1),
        ("corridor", "transit_p95_h", "corridor p95 transit (h)", 1),
        ("node", "mean_wait_h", "node mean wait (h)", 1),
        ("node", "utilization", "node utilization (percentage points)", 0.01),
    ];

    public static ChartSection Build(ComparisonData data, string alternative, int index)
    {
        var panels = new JsonArray();
        foreach (var (scope, measure, title, scale) in Headline)
        {
            var rows = data.Differences.Where(d => d.Alternative == alternative && d.Scope == scope && d.Measure == measure && double.IsFinite(d.Mean))
                .OrderByDescending(d => d.Changed).ThenByDescending(d => d.HalfWidth > 0 ? Math.Abs(d.Mean) / d.HalfWidth : Math.Abs(d.Mean) > 0 ? double.MaxValue : 0)
                .ThenBy(d => d.Id, StringComparer.Ordinal).Take(Rows).ToList();
            if (rows.Count > 0)
            {
                panels.Add(Panel(rows, title, scale));
            }
        }

        return new ChartSection($"chart-forest-{index}", $"{alternative} − {data.Base}: headline figures",
            $"Each row: ALT − BASE over {data.Replications} paired replications (same seed and replication numbers), dot at the mean difference, line over its 95 % paired interval; red when the figure changed (the interval excludes zero and the difference is at least the figure's resolution: 1 kt/yr, 0.1 h, 0.5 percentage points), grey when it is within noise or below the resolution. Up to {Rows} rows per figure, the clearest changes first.",
            new JsonObject { ["vconcat"] = panels });
    }

    private static JsonObject Panel(IReadOnlyList<Difference> rows, string title, double scale)
    {
        var values = new JsonArray();
        foreach (var d in rows)
        {
            values.Add(new JsonObject
            {
                ["id"] = d.Id, ["difference"] = d.Mean / scale, ["low"] = Specs.Value(d.Low / scale), ["high"] = Specs.Value(d.High / scale),
                ["significance"] = d.Changed ? "changed" : "not a change", ["verdict"] = d.VerdictText,
                ["change"] = $"{Text.Number(d.Mean / scale, 2)} ({Text.Number(d.Low / scale, 2)} to {Text.Number(d.High / scale, 2)})",
                ["relative"] = double.IsFinite(d.Relative) ? $"{Text.Number(d.Relative * 100, 1)} %" : "–",
            });
        }

        var order = Specs.Order(rows.Select(r => r.Id));
        var color = Specs.Channel("significance", "nominal", "ALT − BASE", null, new JsonObject { ["scale"] = new JsonObject { ["domain"] = new JsonArray("changed", "not a change"), ["range"] = new JsonArray("#c0392b", "#9a9a9a") } });
        var y = Specs.Channel("id", "nominal", null, order);
        return new JsonObject
        {
            ["title"] = new JsonObject { ["text"] = title, ["anchor"] = "start", ["fontSize"] = 13 },
            ["data"] = new JsonObject { ["values"] = values },
            ["width"] = 520, ["height"] = new JsonObject { ["step"] = 16 },
            ["layer"] = new JsonArray(
                new JsonObject { ["mark"] = new JsonObject { ["type"] = "rule", ["color"] = "#333", ["strokeDash"] = new JsonArray(4, 3) }, ["encoding"] = new JsonObject { ["x"] = new JsonObject { ["datum"] = 0, ["type"] = "quantitative" } } },
                new JsonObject { ["mark"] = new JsonObject { ["type"] = "rule", ["strokeWidth"] = 2 }, ["encoding"] = new JsonObject { ["y"] = y.DeepClone(), ["x"] = Specs.Channel("low", "quantitative", "ALT − BASE"), ["x2"] = new JsonObject { ["field"] = "high" }, ["color"] = color.DeepClone() } },
                new JsonObject
                {
                    ["mark"] = new JsonObject { ["type"] = "point", ["filled"] = true, ["size"] = 50 },
                    ["encoding"] = new JsonObject
                    {
                        ["y"] = y.DeepClone(), ["x"] = Specs.Channel("difference", "quantitative", "ALT − BASE"), ["color"] = color.DeepClone(),
                        ["tooltip"] = MapLayers.Tooltip(("id", "figure of"), ("change", "ALT − BASE (95 %)"), ("relative", "relative"), ("verdict", "verdict")),
                    },
                }),
        };
    }
}
