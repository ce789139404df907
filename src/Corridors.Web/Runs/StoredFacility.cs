using System.Text.Json;

namespace Corridors.Web.Runs;

/// <summary>
/// A finished run's facility figures, read from its outputs (run/summary.json for the figures, run/network.json
/// for the kind and name): they are the run's own — over exactly its replications — and survive a restart of
/// the server, whereas the facility grains live in one server's memory and gather every run of the experiment.
/// </summary>
internal static class StoredFacility
{
    /// <summary>Reads node <paramref name="node"/> of the run in <paramref name="folder"/>; null when the run has no such node.</summary>
    /// <exception cref="IOException">The outputs cannot be read.</exception>
    public static FacilityView? Read(string folder, string node)
    {
        using var network = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "run", "network.json")));
        var element = network.RootElement.GetProperty("nodes").EnumerateArray().FirstOrDefault(n => n.GetProperty("id").GetString() == node);
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        using var summary = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "run", "summary.json")));
        var replications = summary.RootElement.GetProperty("replications").GetInt32();
        var figures = new List<FacilityFigure>();
        foreach (var entry in summary.RootElement.GetProperty("nodes").EnumerateArray().Where(n => n.GetProperty("id").GetString() == node))
        {
            foreach (var metric in entry.GetProperty("metrics").EnumerateObject())
            {
                figures.Add(new FacilityFigure(metric.Name, Number(metric.Value, "mean"), Number(metric.Value, "half_width"), metric.Value.GetProperty("n").GetInt32()));
            }
        }

        var description = $"{element.GetProperty("name").GetString()} ({element.GetProperty("kind").GetString()}); the run's own figures, from its summary.json";
        return new FacilityView(node, description, replications, figures);
    }

    // summary.json writes an undefined figure as null.
    private static double? Number(JsonElement metric, string name) =>
        metric.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
