using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Corridors.Core.Model;
using Corridors.Core.Routing;

namespace Corridors.Cli.Output;

/// <summary>How commands spell modes, stages, presets and numbers, and the JSON settings they share.</summary>
internal static class CliText
{
    /// <summary>Indented camelCase JSON that keeps non-ASCII ids and arrows readable.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The preset names the <c>--by</c> option accepts, in the order help lists them.</summary>
    public static readonly string[] PresetNames = ["scenario", "time", "cost", "co2", "generalized"];

    public static RoutePreset Preset(string name) => name switch
    {
        "time" => RoutePreset.Time,
        "cost" => RoutePreset.Cost,
        "co2" => RoutePreset.Co2,
        "generalized" => RoutePreset.Generalized,
        _ => RoutePreset.Scenario,
    };

    public static string Describe(RoutePreset preset) => preset switch
    {
        RoutePreset.Time => "time",
        RoutePreset.Cost => "cost",
        RoutePreset.Co2 => "co2",
        RoutePreset.Generalized => "generalized cost",
        _ => "the scenario's generalized cost",
    };

    public static string Mode(TransportMode mode) => mode switch
    {
        TransportMode.Sea => "sea",
        TransportMode.Rail => "rail",
        TransportMode.Road => "road",
        TransportMode.River => "river",
        _ => "air",
    };

    /// <summary>A node kind as scenarios write it (<c>border-trade-center</c>).</summary>
    public static string Kind(NodeKind kind) => JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    /// <summary>The stages in the order a shipment passes them, as lower-case words.</summary>
    public static string[] StageNames(Stages stages) =>
    [
        .. Enum.GetValues<Stages>().Where(s => s != Stages.None && stages.HasFlag(s)).Select(s => s switch
        {
            Stages.Consolidation => "consolidation",
            Stages.Handling => "handling",
            Stages.Clearance => "clearance",
            Stages.GaugeChange => "gauge-change",
            _ => "dwell",
        }),
    ];

    /// <summary>Splits a comma-separated list of ids, dropping blanks.</summary>
    public static string[] Ids(string list) => list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
