using System.Text.Json.Nodes;
using Corridors.Report.Data;
using Corridors.Report.Page;

namespace Corridors.Report.Charts;

/// <summary>
/// The map of a run: links that carried goods as lines (width by tonnes per year, colour by mode),
/// nodes that handled goods as circles (area by throughput, colour by mean wait, a dark ring where the
/// facility closed for part of the year), the busiest named; tooltips give each figure with its interval.
/// </summary>
internal static class RunMap
{
    /// <summary>Nodes labelled on the map, busiest first; the rest are named in their tooltips.</summary>
    private const int Labels = 10;

    public static ChartSection Build(RunData run)
    {
        var places = run.NetworkNodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var links = new JsonArray();
        foreach (var link in run.Links.Where(l => l["tonnes_per_year"].Mean > 0))
        {
            var ends = run.NetworkLinks.Single(l => l.Id == link.Id);
            var (a, b) = (places[ends.From], places[ends.To]);
            links.Add(new JsonObject
            {
                ["id"] = link.Id, ["mode"] = ends.Mode, ["lon1"] = a.Longitude, ["lat1"] = a.Latitude, ["lon2"] = b.Longitude, ["lat2"] = b.Latitude,
                ["link_tonnes_per_year"] = link["tonnes_per_year"].Mean,
                ["tonnes"] = Text.WithInterval(link["tonnes_per_year"], "kt/yr", 1000),
                ["load"] = Text.WithInterval(link["load_factor"] with { Mean = link["load_factor"].Mean * 100, Low = link["load_factor"].Low * 100, High = link["load_factor"].High * 100 }, "%"),
                ["closed"] = Text.WithInterval(link["hours_closed"], "h", 1, 0),
            });
        }

        var nodes = new JsonArray();
        foreach (var node in run.Nodes.Where(n => n["tonnes_per_year"].Mean > 0).OrderByDescending(n => n["tonnes_per_year"].Mean))
        {
            var place = places[node.Id];
            nodes.Add(NodeDatum(node, place, labelled: nodes.Count < Labels || place.Kind == "port"));
        }

        var linkLayer = new JsonObject
        {
            ["name"] = "links",
            ["data"] = new JsonObject { ["values"] = links },
            ["mark"] = new JsonObject { ["type"] = "rule", ["strokeCap"] = "round", ["opacity"] = 0.8 },
            ["encoding"] = MapLayers.LinePosition(),
        };
        var enc = (JsonObject)linkLayer["encoding"]!;
        enc["strokeWidth"] = new JsonObject { ["field"] = "link_tonnes_per_year", ["type"] = "quantitative", ["title"] = "link t/yr", ["scale"] = new JsonObject { ["range"] = new JsonArray(0.8, 9) }, ["legend"] = new JsonObject { ["format"] = ".2s" } };
        enc["color"] = new JsonObject { ["field"] = "mode", ["type"] = "nominal", ["title"] = "mode", ["scale"] = MapLayers.ModeScale() };
        enc["tooltip"] = MapLayers.Tooltip(("id", "link"), ("mode", "mode"), ("tonnes", "carried"), ("load", "load factor"), ("closed", "closed"));
        var nodeLayer = NodeLayer(nodes);
        var labels = new JsonObject
        {
            ["data"] = new JsonObject { ["values"] = nodes },
            ["transform"] = new JsonArray(new JsonObject { ["filter"] = "datum.labelled" }),
            ["mark"] = new JsonObject { ["type"] = "text", ["dy"] = -11, ["fontSize"] = 11, ["fontWeight"] = "bold", ["color"] = "#222", ["stroke"] = "#ffffff", ["strokeWidth"] = 0.25 },
            ["encoding"] = new JsonObject
            {
                ["longitude"] = MapLayers.Field("lon", "quantitative"), ["latitude"] = MapLayers.Field("lat", "quantitative"),
                ["text"] = MapLayers.Field("label", "nominal"),
            },
        };
        var spec = MapLayers.Map($"{run.Scenario}: where the cargo goes and where it waits", [MapLayers.Sea(), MapLayers.Land(), linkLayer, nodeLayer, labels]);
        return new ChartSection("chart-map", "Map",
            "Lines: links that carried goods, width by tonnes per year, colour by mode. Circles: nodes that handled goods, area by throughput, colour by mean wait; a dark ring marks a facility closed part of the year (ice, storms). Hover for figures with their 95 % intervals.",
            spec);
    }

    private static JsonObject NodeDatum(Entity node, NetworkNode place, bool labelled) => new()
    {
        ["id"] = node.Id, ["name"] = place.Name, ["label"] = Short(place.Name), ["lon"] = place.Longitude, ["lat"] = place.Latitude, ["labelled"] = labelled,
        ["tonnes_per_year"] = node["tonnes_per_year"].Mean,
        ["mean_wait_h"] = node["mean_wait_h"].IsDefined ? node["mean_wait_h"].Mean : 0,
        ["closure"] = node["hours_closed"].Mean > 0 ? "closed part of the year" : "open all year",
        ["throughput"] = Text.WithInterval(node["tonnes_per_year"], "kt/yr", 1000),
        ["wait"] = Text.WithInterval(node["mean_wait_h"], "h"),
        ["utilization"] = Text.WithInterval(node["utilization"] with { Mean = node["utilization"].Mean * 100, Low = node["utilization"].Low * 100, High = node["utilization"].High * 100 }, "%"),
        ["closed"] = Text.WithInterval(node["hours_closed"], "h", 1, 0),
    };

    private static JsonObject NodeLayer(JsonArray nodes) => new()
    {
        ["name"] = "nodes",
        ["data"] = new JsonObject { ["values"] = nodes.DeepClone() },
        ["mark"] = new JsonObject { ["type"] = "circle", ["opacity"] = 0.95 },
        ["encoding"] = new JsonObject
        {
            ["longitude"] = MapLayers.Field("lon", "quantitative"),
            ["latitude"] = MapLayers.Field("lat", "quantitative"),
            ["size"] = new JsonObject { ["field"] = "tonnes_per_year", ["type"] = "quantitative", ["title"] = "node t/yr", ["scale"] = new JsonObject { ["range"] = new JsonArray(40, 1100) }, ["legend"] = new JsonObject { ["format"] = ".2s" } },
            ["color"] = new JsonObject { ["field"] = "mean_wait_h", ["type"] = "quantitative", ["title"] = "mean wait (h)", ["scale"] = new JsonObject { ["scheme"] = "yelloworangered" } },
            ["stroke"] = new JsonObject
            {
                ["field"] = "closure", ["type"] = "nominal", ["title"] = "season",
                ["scale"] = new JsonObject { ["domain"] = new JsonArray("closed part of the year", "open all year"), ["range"] = new JsonArray("#0b2f6b", "#6b6b6b") },
            },
            ["strokeWidth"] = new JsonObject { ["condition"] = new JsonObject { ["test"] = "datum.closure === 'closed part of the year'", ["value"] = 2.6 }, ["value"] = 0.8 },
            ["tooltip"] = MapLayers.Tooltip(("name", "node"), ("throughput", "throughput"), ("wait", "mean wait"), ("utilization", "utilization"), ("closed", "closed")),
        },
    };

    // "Port of Aktau" → "Aktau", "Moscow (central Russia rail gateway)" → "Moscow": the tooltip has the full name.
    private static string Short(string name)
    {
        var bracket = name.IndexOf(" (", StringComparison.Ordinal);
        var shorter = bracket > 0 ? name[..bracket] : name;
        return shorter.StartsWith("Port of ", StringComparison.Ordinal) ? shorter["Port of ".Length..] : shorter;
    }
}
