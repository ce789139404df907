using System.Globalization;
using System.Text.Json;
using Corridors.Core.Model;

namespace Corridors.Core.Reports;

/// <summary>
/// Writes network.json (format in docs/outputs.md): the nodes with their names, kinds and positions
/// and the links with their ends and modes, so that a report can draw the map from the output folder
/// alone. Several models (a comparison) give their union, the first model's elements first.
/// </summary>
public static class NetworkJson
{
    /// <summary>The format number; a report refuses folders without it or with another.</summary>
    public const int Format = 1;

    /// <summary>Writes the network of <paramref name="models"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, IReadOnlyList<ScenarioModel> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        var first = models[0];
        AtomicFile.WriteStream(path, stream =>
        {
            using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            w.WriteStartObject();
            w.WriteNumber("format", Format);
            w.WriteString("scenario", first.Name);
            w.WriteString("start_date", first.Experiment.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteNumber("warmup_hours", first.Experiment.WarmupHours);
            w.WriteNumber("horizon_hours", first.Experiment.HorizonHours);
            w.WriteStartArray("nodes");
            foreach (var node in models.SelectMany(m => m.Nodes).DistinctBy(n => n.Id))
            {
                w.WriteStartObject();
                w.WriteString("id", node.Id);
                w.WriteString("name", node.Name);
                w.WriteString("kind", node.Kind.ToString().ToLowerInvariant());
                w.WriteNumber("lat", node.Location.Latitude);
                w.WriteNumber("lon", node.Location.Longitude);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("links");
            foreach (var link in models.SelectMany(m => m.Links).DistinctBy(l => l.Id))
            {
                w.WriteStartObject();
                w.WriteString("id", link.Id);
                w.WriteString("from", link.From);
                w.WriteString("to", link.To);
                w.WriteString("mode", link.Mode.ToString().ToLowerInvariant());
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }
}
