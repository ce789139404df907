using System.Text.Json.Nodes;
using Corridors.Report.Data;

namespace Corridors.Report.Charts;

/// <summary>Small builders for the Vega-Lite pieces the charts repeat.</summary>
internal static class Specs
{
    /// <summary>A datum's interval fields: mean, low and high (null where undefined; JSON has no NaN).</summary>
    public static void AddFigure(JsonObject datum, string prefix, Figure figure, double scale = 1)
    {
        datum[prefix] = Value(figure.Mean / scale);
        datum[prefix + "_low"] = Value(figure.Low / scale);
        datum[prefix + "_high"] = Value(figure.High / scale);
    }

    public static JsonNode? Value(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;

    /// <summary>An encoding channel.</summary>
    public static JsonObject Channel(string field, string type, string? title = null, JsonNode? sort = null, JsonObject? extra = null)
    {
        var o = new JsonObject { ["field"] = field, ["type"] = type };
        if (title is not null)
        {
            o["title"] = title;
        }

        if (sort is not null)
        {
            o["sort"] = sort;
        }

        foreach (var (k, v) in extra ?? [])
        {
            o[k] = v?.DeepClone();
        }

        return o;
    }

    /// <summary>A horizontal dot-and-whisker layer pair: a rule from low to high and a point at the mean.</summary>
    public static JsonArray Whiskers(string y, JsonNode sortOrder, string x, string title, string color)
    {
        var rule = new JsonObject
        {
            ["mark"] = new JsonObject { ["type"] = "rule", ["color"] = color, ["strokeWidth"] = 1.5 },
            ["encoding"] = new JsonObject
            {
                ["y"] = Channel(y, "nominal", null, sortOrder.DeepClone()),
                ["x"] = Channel(x + "_low", "quantitative", title),
                ["x2"] = new JsonObject { ["field"] = x + "_high" },
            },
        };
        var point = new JsonObject
        {
            ["mark"] = new JsonObject { ["type"] = "point", ["filled"] = true, ["color"] = color, ["size"] = 45 },
            ["encoding"] = new JsonObject
            {
                ["y"] = Channel(y, "nominal", null, sortOrder.DeepClone()),
                ["x"] = Channel(x, "quantitative", title),
                ["tooltip"] = new JsonArray(Channel(y, "nominal"), Channel(x, "quantitative", "mean", null, new JsonObject { ["format"] = ",.3~f" }),
                    Channel(x + "_low", "quantitative", "95 % low", null, new JsonObject { ["format"] = ",.3~f" }),
                    Channel(x + "_high", "quantitative", "95 % high", null, new JsonObject { ["format"] = ",.3~f" })),
            },
        };
        return [rule, point];
    }

    /// <summary>A sort order given as the list of values.</summary>
    public static JsonArray Order(IEnumerable<string> values) => [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
}
