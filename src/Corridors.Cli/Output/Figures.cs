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

    /// <summary>Formats <c>mean ± half-width</c>, or just the mean when there is no interval.</summary>
    public static string WithInterval(MetricSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return double.IsFinite(s.HalfWidth) && s.HalfWidth > 0 ? $"{Number(s.Mean)} ± {Number(s.HalfWidth)}" : Number(s.Mean);
    }

    /// <summary>Formats a fraction as a percentage with its interval.</summary>
    public static string Percent(MetricSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (!double.IsFinite(s.Mean))
        {
            return "–";
        }

        var mean = (s.Mean * 100).ToString("0.0", CultureInfo.InvariantCulture);
        return double.IsFinite(s.HalfWidth) && s.HalfWidth > 0
            ? $"{mean} ± {(s.HalfWidth * 100).ToString("0.0", CultureInfo.InvariantCulture)} %"
            : $"{mean} %";
    }
}
