using System.Text.Json.Nodes;

namespace Corridors.Report.Charts;

/// <summary>
/// The parts every map shares: the land from the clipped Natural Earth asset, a conic equal-area
/// projection centred on 58°E, and water as the background, so the Caspian shows as sea.
/// </summary>
internal static class MapLayers
{
    public const string Water = "#d4e6f1";

    /// <summary>
    /// Gets the sea: the region's box (that of eng/report/clip-region.mjs) as a polygon with a vertex every
    /// degree, so its edges follow the parallels and meridians as the clipped land's do. Clockwise, as
    /// d3-geo wants an outer ring; drawn first, so the projection fits the region.
    /// </summary>
    public static JsonObject Sea()
    {
        const int West = 25, East = 92, South = 14, North = 59;
        var ring = new JsonArray();
        void Add(double lon, double lat) => ring.Add(new JsonArray(lon, lat));
        for (var lat = South; lat < North; lat++)
        {
            Add(West, lat);
        }

        for (var lon = West; lon < East; lon++)
        {
            Add(lon, North);
        }

        for (var lat = North; lat > South; lat--)
        {
            Add(East, lat);
        }

        for (var lon = East; lon >= West; lon--)
        {
            Add(lon, South);
        }

        var polygon = new JsonObject { ["type"] = "Feature", ["properties"] = new JsonObject(), ["geometry"] = new JsonObject { ["type"] = "Polygon", ["coordinates"] = new JsonArray(ring) } };
        return new JsonObject
        {
            ["data"] = new JsonObject { ["values"] = new JsonArray(polygon) },
            ["mark"] = new JsonObject { ["type"] = "geoshape", ["fill"] = Water, ["stroke"] = null },
        };
    }

    /// <summary>Gets the countries layer.</summary>
    public static JsonObject Land() => new()
    {
        ["data"] = new JsonObject
        {
            ["values"] = JsonNode.Parse(ReportAssets.Text("region-50m.topo.json")),
            ["format"] = new JsonObject { ["type"] = "topojson", ["feature"] = "countries" },
        },
        ["mark"] = new JsonObject { ["type"] = "geoshape", ["fill"] = "#f2eee4", ["stroke"] = "#b3aca0", ["strokeWidth"] = 0.6 },
    };

    /// <summary>Gets a map specification around <paramref name="layers"/>.</summary>
    public static JsonObject Map(string title, JsonArray layers) => new()
    {
        ["title"] = title,
        ["width"] = 980,
        ["height"] = 680,
        ["projection"] = new JsonObject
        {
            ["type"] = "conicEqualArea",
            ["rotate"] = new JsonArray(-58, 0),
            ["parallels"] = new JsonArray(30, 50),
        },
        ["config"] = new JsonObject
        {
            ["view"] = new JsonObject { ["stroke"] = null },
            ["legend"] = new JsonObject { ["orient"] = "right", ["labelFontSize"] = 12, ["titleFontSize"] = 12 },
        },
        ["layer"] = layers,
    };

    /// <summary>Gets the position encodings of a line between two points.</summary>
    public static JsonObject LinePosition() => new()
    {
        ["longitude"] = Field("lon1", "quantitative"),
        ["latitude"] = Field("lat1", "quantitative"),
        ["longitude2"] = new JsonObject { ["field"] = "lon2" },
        ["latitude2"] = new JsonObject { ["field"] = "lat2" },
    };

    /// <summary>Gets an encoding of <paramref name="field"/> as <paramref name="type"/>.</summary>
    public static JsonObject Field(string field, string type, string? title = null)
    {
        var o = new JsonObject { ["field"] = field, ["type"] = type };
        if (title is not null)
        {
            o["title"] = title;
        }

        return o;
    }

    /// <summary>Gets a tooltip listing the text fields given as (field, title).</summary>
    public static JsonArray Tooltip(params (string Field, string Title)[] fields) =>
        [.. fields.Select(f => (JsonNode)new JsonObject { ["field"] = f.Field, ["type"] = "nominal", ["title"] = f.Title })];

    /// <summary>Gets the mode colours (sea blue, rail dark red, road grey-brown, river teal, air purple).</summary>
    public static JsonObject ModeScale() => new()
    {
        ["domain"] = new JsonArray("sea", "rail", "road", "river", "air"),
        ["range"] = new JsonArray("#1f5fa8", "#a0302a", "#8c7a5b", "#1b9e8f", "#7b4fa0"),
    };
}
