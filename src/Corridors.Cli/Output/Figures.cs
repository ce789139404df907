using System.Globalization;
using Corridors.Core.Analysis;

namespace Corridors.Cli.Output;

/// <summary>How numbers look in terminal tables: digits that matter, thousands separated, intervals as ±.</summary>
internal static class Figures
{
    /// <summary>Formats a number with precision suited to its size; a dash when undefined.</summary>
    public static string Number(double value)
    {
        if (!double.IsFinite(value))
        {
            return "–";
        }

        var magnitude = Math.Abs(value);
        var format = magnitude >= 1000 ? "#,0" : magnitude >= 10 ? "0.0" : magnitude >= 0.1 || magnitude == 0 ? "0.00" : "0.000";
        return value.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>Formats <c>mean ± half-width</c> (divided by <paramref name="scale"/>), or just the mean when the interval is nil.</summary>
    public static string WithInterval(MetricSummary s, double scale = 1)
    {
        ArgumentNullException.ThrowIfNull(s);
        var mean = s.Mean / scale;
        var half = s.HalfWidth / scale;
        return HasInterval(s) ? $"{Number(mean)} ± {Number(half)}" : Number(mean);
    }

    // Replications that agree to rounding (a tariff on a single route) have no interval worth printing.
    private static bool HasInterval(MetricSummary s) =>
        double.IsFinite(s.HalfWidth) && s.HalfWidth > 1e-9 * Math.Max(1, Math.Abs(s.Mean));

    /// <summary>Formats a fraction as a percentage with its interval.</summary>
    public static string Percent(MetricSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (!double.IsFinite(s.Mean))
        {
            return "–";
        }

        var mean = (s.Mean * 100).ToString("0.0", CultureInfo.InvariantCulture);
        return HasInterval(s)
            ? $"{mean} ± {(s.HalfWidth * 100).ToString("0.0", CultureInfo.InvariantCulture)} %"
            : $"{mean} %";
    }

    /// <summary>
    /// Formats a node's utilization as <see cref="Percent(MetricSummary)"/> does, but as a dash where no
    /// server served anything in any replication (or the node has none): a hub that only handles mode
    /// changes passes through-traffic without serving it, and "0.0 %" there would read as an idle node.
    /// </summary>
    public static string Utilization(MetricSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.N > 0 && s.Max == 0 ? "–" : Percent(s);
    }

    /// <summary>Formats a fraction as a percentage as <see cref="Percent(MetricSummary)"/> does without an interval; a dash when undefined.</summary>
    public static string Percent(double fraction) =>
        double.IsFinite(fraction) ? $"{(fraction * 100).ToString("0.0", CultureInfo.InvariantCulture)} %" : "–";
}
