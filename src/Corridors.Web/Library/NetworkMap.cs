using System.Text.Json.Nodes;
using Corridors.Core.Model;
using Corridors.Report.Charts;

namespace Corridors.Web.Library;

/// <summary>
/// The map of a library scenario's network, drawn with the report's own layers (sea, land, projection,
/// mode colours): links as lines coloured by mode, nodes as circles. Each datum names its element in a
/// <c>node</c> or <c>link</c> field, which the page reads when one is clicked.
/// </summary>
internal static class NetworkMap
{
    public static JsonObject Build(ScenarioModel model)
    {
        var places = model.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var links = new JsonArray();
        foreach (var link in model.Links)
        {
            var (a, b) = (places[link.From], places[link.To]);
            links.Add(new JsonObject
            {
                ["link"] = link.Id, ["mode"] = Lower(link.Mode), ["ends"] = $"{a.Name} → {b.Name}",
                ["lon1"] = a.Location.Longitude, ["lat1"] = a.Location.Latitude, ["lon2"] = b.Location.Longitude, ["lat2"] = b.Location.Latitude,
            });
        }

        var nodes = new JsonArray();
        foreach (var node in model.Nodes)
        {
            nodes.Add(new JsonObject
            {
                ["node"] = node.Id, ["name"] = node.Name, ["kind"] = Lower(node.Kind),
                ["lon"] = node.Location.Longitude, ["lat"] = node.Location.Latitude,
            });
        }

        var linkLayer = new JsonObject
        {
            ["data"] = new JsonObject { ["values"] = links },
            ["mark"] = new JsonObject { ["type"] = "rule", ["strokeWidth"] = 2.5, ["strokeCap"] = "round", ["opacity"] = 0.75, ["cursor"] = "pointer" },
            ["encoding"] = MapLayers.LinePosition(),
        };
        var encoding = (JsonObject)linkLayer["encoding"]!;
        encoding["color"] = new JsonObject { ["field"] = "mode", ["type"] = "nominal", ["title"] = "mode", ["scale"] = MapLayers.ModeScale() };
        encoding["tooltip"] = MapLayers.Tooltip(("link", "link"), ("mode", "mode"), ("ends", "from → to"));
        var nodeLayer = new JsonObject
        {
            ["data"] = new JsonObject { ["values"] = nodes },
            ["mark"] = new JsonObject { ["type"] = "circle", ["size"] = 70, ["opacity"] = 0.95, ["stroke"] = "#333", ["strokeWidth"] = 0.6, ["cursor"] = "pointer" },
            ["encoding"] = new JsonObject
            {
                ["longitude"] = MapLayers.Field("lon", "quantitative"),
                ["latitude"] = MapLayers.Field("lat", "quantitative"),
                ["color"] = new JsonObject { ["field"] = "kind", ["type"] = "nominal", ["title"] = "node", ["scale"] = new JsonObject { ["scheme"] = "tableau10" } },
                ["tooltip"] = MapLayers.Tooltip(("name", "node"), ("node", "id"), ("kind", "kind")),
            },
        };
        var spec = MapLayers.Map($"{model.Name}: the network (click a node or link)", [MapLayers.Sea(), MapLayers.Land(), linkLayer, nodeLayer]);
        spec["width"] = 760;
        spec["height"] = 520;
        return spec;
    }

    private static string Lower(Enum value) => value.ToString().ToLowerInvariant();
}
