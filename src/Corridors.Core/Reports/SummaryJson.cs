using System.Text.Json;
using Corridors.Core.Analysis;
using Corridors.Core.World;

namespace Corridors.Core.Reports;

/// <summary>Writes summary.json (format in docs/outputs.md): every figure with its interval, grouped by corridor, node, link and system.</summary>
public static class SummaryJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true };

    /// <summary>Writes <paramref name="summary"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, ExperimentSummary summary, IReadOnlyList<FlowKey> corridors) =>
        AtomicFile.WriteStream(path, stream => Write(stream, summary, corridors));

    /// <summary>Writes <paramref name="summary"/> to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, ExperimentSummary summary, IReadOnlyList<FlowKey> corridors)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(corridors);
        using var w = new Utf8JsonWriter(stream, Options);
        w.WriteStartObject();
        w.WriteString("scenario", summary.Scenario);
        w.WriteNumber("seed", summary.Seed);
        w.WriteNumber("replications", summary.Replications);
        w.WriteNumber("horizon_hours", summary.HorizonHours);
        w.WriteNumber("warmup_hours", summary.WarmupHours);
        w.WriteNumber("confidence_level", summary.Metrics.Count > 0 ? summary.Metrics[0].Summary.Level : 0.95);
        w.WriteBoolean("conservation_holds", summary.ConservationHolds);
        SteadyStateJson.Write(w, summary.SteadyState);
        WriteBottlenecks(w, summary.Bottlenecks);
        var byId = corridors.ToDictionary(MetricExtractor.CorridorId, StringComparer.Ordinal);
        WriteScope(w, "corridors", summary, "corridor", (id, writer) =>
        {
            writer.WriteString("origin", byId[id].Origin);
            writer.WriteString("destination", byId[id].Destination);
            writer.WriteString("commodity", byId[id].Commodity);
            writer.WriteStartArray("flows");
            foreach (var flow in summary.CorridorFlows.GetValueOrDefault(id, []))
            {
                writer.WriteStringValue(flow);
            }

            writer.WriteEndArray();
        });
        WriteScope(w, "nodes", summary, "node", null);
        WriteScope(w, "links", summary, "link", null);
        if (summary.Metrics.Any(r => r.Key.Scope is RouteChoiceMetrics.RouteScope or RouteChoiceMetrics.RerouteScope))
        {
            WriteScope(w, "routes", summary, RouteChoiceMetrics.RouteScope, null);
            WriteScope(w, "reroutes", summary, RouteChoiceMetrics.RerouteScope, null);
        }

        WriteScope(w, "system", summary, "system", null);
        w.WriteEndObject();
    }

    // Nodes and links alike, each saying which it is, so a reader looks a link up among the links.
    private static void WriteBottlenecks(Utf8JsonWriter w, IReadOnlyList<Bottleneck> bottlenecks)
    {
        w.WriteStartArray("bottlenecks");
        foreach (var b in bottlenecks)
        {
            w.WriteStartObject();
            w.WriteString("scope", b.Scope);
            w.WriteString("id", b.Id);
            w.WriteString("kind", b.Kind);
            w.WriteString("stage", b.Stage);
            w.WriteString("what", b.What);
            WriteSummary(w, "tonnes_waiting", b.TonnesWaiting);
            w.WriteNumber("hours_closed", b.HoursClosed);
            w.WriteStartArray("closed_by");
            foreach (var id in b.ClosedBy)
            {
                w.WriteStringValue(id);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteScope(Utf8JsonWriter w, string name, ExperimentSummary summary, string scope, Action<string, Utf8JsonWriter>? describe)
    {
        w.WriteStartArray(name);
        foreach (var group in summary.Metrics.Where(r => r.Key.Scope == scope).GroupBy(r => r.Key.Id))
        {
            w.WriteStartObject();
            w.WriteString("id", group.Key);
            describe?.Invoke(group.Key, w);
            w.WriteStartObject("metrics");
            foreach (var row in group)
            {
                WriteSummary(w, row.Key.Measure, row.Summary);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteSummary(Utf8JsonWriter w, string name, MetricSummary s)
    {
        w.WriteStartObject(name);
        w.WriteNumber("n", s.N);
        Number(w, "mean", s.Mean);
        Number(w, "sd", s.StdDev);
        Number(w, "half_width", s.HalfWidth);
        Number(w, "ci_low", ReportColumns.Low(name, s));
        Number(w, "ci_high", s.High);
        Number(w, "p05", s.P05);
        Number(w, "p50", s.P50);
        Number(w, "p95", s.P95);
        Number(w, "min", s.Min);
        Number(w, "max", s.Max);
        w.WriteEndObject();
    }

    // JSON has no NaN: an undefined figure is null.
    internal static void Number(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value))
        {
            w.WriteNumber(name, value);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
