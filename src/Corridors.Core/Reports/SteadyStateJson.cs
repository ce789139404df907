using System.Text.Json;
using Corridors.Core.Analysis;

namespace Corridors.Core.Reports;

/// <summary>Writes the <c>steady_state</c> object of summary.json (format in docs/outputs.md, "Steady state").</summary>
internal static class SteadyStateJson
{
    public static void Write(Utf8JsonWriter w, SteadyState state)
    {
        w.WriteStartObject("steady_state");
        w.WriteBoolean("holds", state.Holds);
        w.WriteNumber("threshold", state.Threshold);
        w.WritePropertyName("undelivered_share");
        Share(w, state.UndeliveredShare);
        w.WriteNumber("replications_over_threshold", state.ReplicationsOverThreshold);
        w.WriteBoolean("at_capacity", state.AtCapacity);
        Strings(w, "reasons", state.Reasons);
        Growing(w, "corridors", state.Corridors);
        Growing(w, "places", state.Places);
        Strings(w, "unsettled_figures", state.UnsettledFigures.Select(k => k.ToString()));
        w.WriteEndObject();
    }

    private static void Growing(Utf8JsonWriter w, string name, IReadOnlyList<GrowingBacklog> growing)
    {
        w.WriteStartArray(name);
        foreach (var g in growing)
        {
            w.WriteStartObject();
            w.WriteString("scope", g.Scope);
            w.WriteString("id", g.Id);
            SummaryJson.Number(w, "growth_t", g.GrowthTonnes);
            w.WritePropertyName("growth_share");
            Share(w, g.Share);
            if (g.Scope != "corridor")
            {
                SummaryJson.Number(w, g.Scope == "node" ? "utilization" : "load_factor", g.Busy);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    // The interval at the summary's level; corridors and places were tested family-wise (docs/outputs.md).
    private static void Share(Utf8JsonWriter w, MetricSummary s)
    {
        w.WriteStartObject();
        w.WriteNumber("n", s.N);
        SummaryJson.Number(w, "mean", s.Mean);
        SummaryJson.Number(w, "ci_low", s.Mean - s.HalfWidth);
        SummaryJson.Number(w, "ci_high", s.Mean + s.HalfWidth);
        w.WriteNumber("level", s.Level);
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
