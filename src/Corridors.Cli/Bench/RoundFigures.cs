using System.Globalization;

namespace Corridors.Cli.Bench;

/// <summary>How the benchmarks that time rounds (`bench cluster --scaling`, `--startup`) sum their rounds up.</summary>
internal static class RoundFigures
{
    /// <summary>The median of <paramref name="values"/> (the mean of the middle two for an even count).</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Each of <paramref name="values"/> to two decimals, space-separated: one per round.</summary>
    public static string Seconds(IEnumerable<double> values) => string.Join(' ', values.Select(s => s.ToString("0.00", CultureInfo.InvariantCulture)));
}
