using System.Text.Json.Nodes;

namespace Corridors.Report.Page;

/// <summary>A section of the page: a heading, a sentence on how to read it, and one Vega-Lite chart.</summary>
/// <param name="Id">The element id the chart renders into (chart-…).</param>
/// <param name="Heading">The heading.</param>
/// <param name="Note">How to read the chart (plain text).</param>
/// <param name="Spec">The Vega-Lite specification, data inline.</param>
internal sealed record ChartSection(string Id, string Heading, string Note, JsonObject Spec);
