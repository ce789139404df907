using System.Globalization;
using System.Net;
using Corridors.Report.Data;

namespace Corridors.Report.Page;

/// <summary>How figures read in the page's text and tooltips: invariant culture, thousands separated, the interval in brackets.</summary>
internal static class Text
{
    /// <summary>Formats <paramref name="value"/> with <paramref name="decimals"/> decimals, or "–" when undefined.</summary>
    public static string Number(double value, int decimals = 1) =>
        double.IsFinite(value) ? value.ToString("#,0." + new string('0', decimals), CultureInfo.InvariantCulture).TrimEnd('.') : "–";

    /// <summary>Formats a figure as "mean unit (low–high)", divided by <paramref name="scale"/>.</summary>
    public static string WithInterval(Figure figure, string unit, double scale = 1, int decimals = 1) =>
        !figure.IsDefined ? "–"
        : double.IsFinite(figure.Low) && figure.High > figure.Low
            ? $"{Number(figure.Mean / scale, decimals)} {unit} ({Number(figure.Low / scale, decimals)}–{Number(figure.High / scale, decimals)})"
            : $"{Number(figure.Mean / scale, decimals)} {unit}";

    /// <summary>HTML-escapes <paramref name="text"/>.</summary>
    public static string Html(string text) => WebUtility.HtmlEncode(text);
}
