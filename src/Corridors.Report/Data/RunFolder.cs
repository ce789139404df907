using System.Text.Json;
using Corridors.Core.Reports;

namespace Corridors.Report.Data;

/// <summary>Reads a run's output folder (summary.json, network.json, timeseries.csv, manifest.json) into <see cref="RunData"/>.</summary>
internal static class RunFolder
{
    public static RunData Read(string folder)
    {
        var summaryPath = Path.Combine(folder, "summary.json");
        using var summary = JsonFile.Read(summaryPath);
        var network = NetworkFile.Read(folder);
        using var manifest = JsonFile.Read(Path.Combine(folder, "manifest.json"));
        var s = summary.RootElement;
        return new RunData
        {
            Folder = folder,
            Scenario = JsonFile.Get(s, "scenario", summaryPath).GetString() ?? "",
            Seed = JsonFile.Get(s, "seed", summaryPath).GetUInt64(),
            Replications = JsonFile.Get(s, "replications", summaryPath).GetInt32(),
            Version = JsonFile.Get(manifest.RootElement, "version", Path.Combine(folder, "manifest.json")).GetString() ?? "",
            MeasuredHours = JsonFile.Get(s, "horizon_hours", summaryPath).GetDouble() - JsonFile.Get(s, "warmup_hours", summaryPath).GetDouble(),
            StartDate = network.StartDate,
            Bottlenecks = [.. JsonFile.Get(s, "bottlenecks", summaryPath).EnumerateArray().Select(e => Bottleneck(e, summaryPath))],
            Corridors = Entities(s, "corridors", summaryPath),
            Nodes = Entities(s, "nodes", summaryPath),
            Links = Entities(s, "links", summaryPath),
            NetworkNodes = network.Nodes,
            NetworkLinks = network.Links,
            Series = Series(Path.Combine(folder, "timeseries.csv")),
            SteadyStateReasons = SteadyStateReasons(s),
        };
    }

    // Files written before links were ranked list node ids only.
    private static BottleneckPlace Bottleneck(JsonElement e, string path) => e.ValueKind == JsonValueKind.String
        ? new BottleneckPlace("node", e.GetString() ?? "", "")
        : new BottleneckPlace(JsonFile.Get(e, "scope", path).GetString() ?? "", JsonFile.Get(e, "id", path).GetString() ?? "", JsonFile.Get(e, "what", path).GetString() ?? "");

    /// <summary>Reads the entities of one scope of summary.json.</summary>
    public static IReadOnlyList<Entity> Entities(JsonElement summary, string scope, string path) =>
        [.. JsonFile.Get(summary, scope, path).EnumerateArray().Select(e => new Entity(
            JsonFile.Get(e, "id", path).GetString() ?? "",
            JsonFile.Get(e, "metrics", path).EnumerateObject().ToDictionary(
                m => m.Name,
                m => new Figure(JsonFile.Number(m.Value.GetProperty("mean")), JsonFile.Number(m.Value.GetProperty("ci_low")), JsonFile.Number(m.Value.GetProperty("ci_high"))),
                StringComparer.Ordinal)))];

    // Optional, so that a folder written before the check still makes a report (without the warning).
    private static IReadOnlyList<string> SteadyStateReasons(JsonElement summary) =>
        summary.TryGetProperty("steady_state", out var state) && state.TryGetProperty("holds", out var holds) && holds.ValueKind == JsonValueKind.False
            && state.TryGetProperty("reasons", out var reasons) && reasons.ValueKind == JsonValueKind.Array
            ? [.. reasons.EnumerateArray().Select(r => r.GetString() ?? "")]
            : [];

    // A run with --series-step 0 has no timeseries.csv: the report then leaves the queue chart out.
    private static IReadOnlyList<SeriesPoint> Series(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var columns = TimeSeriesCsv.Header.Split(',');
        return [.. CsvFile.Read(path, columns).Select(r => new SeriesPoint(r["node"], CsvFile.Number(r, "start_h", path), CsvFile.Number(r, "end_h", path), r["date"],
            CsvFile.Number(r, "waiting_mean", path), CsvFile.Number(r, "waiting_ci_low", path), CsvFile.Number(r, "waiting_ci_high", path),
            CsvFile.Number(r, "closed_hours_mean", path)))];
    }
}
