using System.Text.Json.Nodes;
using Corridors.Report.Data;
using Corridors.Report.Page;

namespace Corridors.Report.Charts;

/// <summary>
/// The map of a comparison: every link that carried goods in either plan, width by the larger of the two
/// tonnages, coloured by ALT − BASE tonnes where the change is real — the paired interval excludes zero and
/// the difference is at least the tonnes resolution (1 kt/yr) (blue more, red less) — and grey and dashed where it is
/// within noise or below the resolution; nodes that handled goods in either plan as dots.
/// </summary>
internal static class ComparisonMap
{
    private static readonly string Changed = $"changed (beyond noise, at least {Difference.TonnesResolution})";
    private static readonly string NotChanged = $"within noise or below {Difference.TonnesResolution}";

    public static ChartSection Build(ComparisonData data, string alternative, int index)
    {
        var places = data.NetworkNodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var tonnes = data.Differences.Where(d => d.Alternative == alternative && d.Measure == "tonnes_per_year").ToList();
        var links = new JsonArray();
        foreach (var d in tonnes.Where(d => d.Scope == "link" && (d.BaseMean > 0 || d.AltMean > 0)))
        {
            var ends = data.NetworkLinks.Single(l => l.Id == d.Id);
            var (a, b) = (places[ends.From], places[ends.To]);
            links.Add(new JsonObject
            {
                ["id"] = d.Id, ["lon1"] = a.Longitude, ["lat1"] = a.Latitude, ["lon2"] = b.Longitude, ["lat2"] = b.Latitude,
                ["width"] = Math.Max(d.BaseMean, d.AltMean), ["difference"] = Specs.Value(d.Mean), ["significant"] = d.Significant, ["changed"] = d.Changed,
                ["significance"] = d.Changed ? Changed : NotChanged, ["verdict"] = d.VerdictText,
                ["base"] = $"{Text.Number(d.BaseMean / 1000)} kt/yr", ["alt"] = $"{Text.Number(d.AltMean / 1000)} kt/yr",
                ["change"] = $"{Text.Number(d.Mean / 1000)} kt/yr ({Text.Number(d.Low / 1000)} to {Text.Number(d.High / 1000)})",
            });
        }

        var nodes = new JsonArray();
        foreach (var d in tonnes.Where(d => d.Scope == "node" && (d.BaseMean > 0 || d.AltMean > 0)))
        {
            var p = places[d.Id];
            nodes.Add(new JsonObject
            {
                ["id"] = d.Id, ["name"] = p.Name, ["lon"] = p.Longitude, ["lat"] = p.Latitude,
                ["base"] = $"{Text.Number(d.BaseMean / 1000)} kt/yr", ["alt"] = $"{Text.Number(d.AltMean / 1000)} kt/yr",
                ["change"] = $"{Text.Number(d.Mean / 1000)} kt/yr ({Text.Number(d.Low / 1000)} to {Text.Number(d.High / 1000)})",
            });
        }

        var position = MapLayers.LinePosition();
        position["strokeWidth"] = new JsonObject { ["field"] = "width", ["type"] = "quantitative", ["title"] = "t/yr (larger plan)", ["scale"] = new JsonObject { ["range"] = new JsonArray(1, 9) }, ["legend"] = new JsonObject { ["format"] = ".2s" } };
        position["color"] = new JsonObject
        {
            ["condition"] = new JsonObject { ["test"] = "datum.changed", ["field"] = "difference", ["type"] = "quantitative", ["title"] = "ALT − BASE t/yr", ["scale"] = new JsonObject { ["scheme"] = "redblue", ["domainMid"] = 0 }, ["legend"] = new JsonObject { ["format"] = ".2s" } },
            ["value"] = "#a9a9a9",
        };
        position["strokeDash"] = new JsonObject { ["field"] = "significance", ["type"] = "nominal", ["title"] = "ALT − BASE", ["scale"] = new JsonObject { ["domain"] = new JsonArray(Changed, NotChanged), ["range"] = new JsonArray(new JsonArray(1, 0), new JsonArray(4, 3)) } };
        position["tooltip"] = MapLayers.Tooltip(("id", "link"), ("base", "base"), ("alt", alternative), ("change", "ALT − BASE (95 %)"), ("verdict", "verdict"));
        var linkLayer = new JsonObject { ["name"] = "links", ["data"] = new JsonObject { ["values"] = links }, ["mark"] = new JsonObject { ["type"] = "rule", ["strokeCap"] = "round" }, ["encoding"] = position };
        var nodeLayer = new JsonObject
        {
            ["name"] = "nodes",
            ["data"] = new JsonObject { ["values"] = nodes },
            ["mark"] = new JsonObject { ["type"] = "circle", ["size"] = 70, ["color"] = "#444", ["stroke"] = "#fff", ["strokeWidth"] = 0.8 },
            ["encoding"] = new JsonObject
            {
                ["longitude"] = MapLayers.Field("lon", "quantitative"), ["latitude"] = MapLayers.Field("lat", "quantitative"),
                ["tooltip"] = MapLayers.Tooltip(("name", "node"), ("base", "base"), ("alt", alternative), ("change", "ALT − BASE (95 %)")),
            },
        };
        return new ChartSection($"chart-map-{index}", $"Map: {alternative} − {data.Base}, tonnes per link",
            "Links that carried goods in either plan; colour: the change in tonnes per year where the paired 95 % interval excludes zero (blue more, red less), grey dashed where the change is within noise; width: the larger of the two tonnages.",
            MapLayers.Map($"{alternative} − {data.Base}: change in tonnes per year", [MapLayers.Sea(), MapLayers.Land(), linkLayer, nodeLayer]));
    }
}
