using System.Globalization;
using Corridors.Core.Analysis;

namespace Corridors.Cli.Output.Comparison;

/// <summary>
/// How `compare` names and formats a figure: with the label and unit `run` prints for it (kt/yr, %,
/// mean wait h, USD/t), through the same <see cref="Figures"/> formatting, so the two screens agree.
/// </summary>
/// <param name="Label">The column header `run` uses for the measure.</param>
/// <param name="Scale">The divisor from the stored unit to the shown one (1000: t/yr shown as kt/yr).</param>
/// <param name="IsFraction">Whether the figure is a fraction shown as a percentage (its differences in percentage points).</param>
internal sealed record FigureLabel(string Label, double Scale, bool IsFraction)
{
    private static readonly FigureLabel Kt = new("kt/yr", 1000, false);

    // The figures the screen shows per scope, in this order; compare.csv has every figure.
    private static readonly Dictionary<string, (string Measure, FigureLabel Label)[]> Shown = new(StringComparer.Ordinal)
    {
        ["corridor"] = [("tonnes_per_year", Kt), ("transit_mean_h", new("transit mean h", 1, false)), ("transit_p95_h", new("p95 h", 1, false)),
            ("usd_per_t", new("USD/t", 1, false)), ("co2_kg_per_t", new("kg CO2/t", 1, false))],
        ["node"] = [("tonnes_per_year", Kt), ("utilization", new("utilization", 1, true)), ("mean_queue", new("mean queue", 1, false)),
            ("mean_wait_h", new("mean wait h", 1, false))],
        ["link"] = [("tonnes_per_year", Kt), ("load_factor", new("load factor", 1, true)), ("mean_wait_h", new("mean wait h", 1, false))],
        [RouteChoiceMetrics.RouteScope] = [("share", new("share", 1, true))],
    };

    /// <summary>Gets the label of a figure the screen shows, or null for one only compare.csv has.</summary>
    public static FigureLabel? For(MetricKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Shown.TryGetValue(key.Scope, out var measures) ? measures.FirstOrDefault(m => m.Measure == key.Measure).Label : null;
    }

    /// <summary>Gets the position of a shown figure within its scope, for ordering an element's rows.</summary>
    public static int Order(MetricKey key) => Array.FindIndex(Shown[key.Scope], m => m.Measure == key.Measure);

    /// <summary>Formats one side's mean; "absent" where the element does not exist in that plan.</summary>
    public string Value(double mean) => double.IsNaN(mean) ? "absent" : IsFraction ? Figures.Percent(mean) : Figures.Number(mean / Scale);

    /// <summary>Formats ALT − BASE with its paired half-width, signed; a percentage's difference in percentage points.</summary>
    public string Difference(MetricSummary difference)
    {
        ArgumentNullException.ThrowIfNull(difference);
        if (difference.N == 0 || !double.IsFinite(difference.Mean))
        {
            return "–";
        }

        var sign = difference.Mean > 0 ? "+" : "";
        if (!IsFraction)
        {
            return sign + Figures.WithInterval(difference, Scale);
        }

        var mean = (difference.Mean * 100).ToString("0.0", CultureInfo.InvariantCulture);
        return double.IsFinite(difference.HalfWidth) && difference.HalfWidth > 0
            ? $"{sign}{mean} ± {(difference.HalfWidth * 100).ToString("0.0", CultureInfo.InvariantCulture)} pp"
            : $"{sign}{mean} pp";
    }
}
