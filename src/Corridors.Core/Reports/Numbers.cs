using System.Globalization;

namespace Corridors.Core.Reports;

/// <summary>How reports write numbers: invariant culture, shortest form that round-trips, so equal doubles give equal bytes.</summary>
internal static class Numbers
{
    /// <summary>Formats a value for CSV: round-trip text, empty for NaN.</summary>
    public static string Csv(double value) => double.IsNaN(value) ? "" : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Quotes a CSV field when it holds a comma, quote or line break.</summary>
    public static string CsvText(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
