using System.Globalization;
using Corridors.Core.Model;
using Corridors.Kernel.Distributions;
using Corridors.Scenarios.Text;
using Corridors.Scenarios.Yaml;

namespace Corridors.Scenarios.Loading;

/// <summary>Reads one YAML value as a typed value; on a mistake reports "PATH …; expected …" at the exact column and returns null.</summary>
internal static class ValueReader
{
    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Gets the three-letter month names, January first.</summary>
    public static IReadOnlyList<string> Months => MonthNames;

    /// <summary>Returns the scalar, or null after reporting that <paramref name="node"/> is not one.</summary>
    public static YScalar? Scalar(YNode node, string path, string expected, DiagnosticBag bag)
    {
        if (node is YScalar { IsNull: false } s)
        {
            return s;
        }

        bag.Error(node.Position, $"{path} is {node.Shape}; expected {expected}");
        return null;
    }

    /// <summary>Reads non-empty text.</summary>
    public static string? Text(YNode node, string path, DiagnosticBag bag) => Scalar(node, path, "text", bag)?.Value;

    /// <summary>Reads a quantity of one of <paramref name="accepted"/>, in base units.</summary>
    public static Quantity? Quantity(YNode node, string path, IReadOnlyList<Dimension> accepted, DiagnosticBag bag)
    {
        if (Scalar(node, path, Units.Describe(accepted), bag) is not { } s)
        {
            return null;
        }

        if (QuantityParser.TryParse(s.Value, accepted, out var q, out var e))
        {
            return q;
        }

        bag.Error(s.At(e.Offset), $"{path} {e.Message}");
        return null;
    }

    /// <summary>Reads distribution text whose values are of <paramref name="dimension"/>.</summary>
    public static Distribution? Distribution(YNode node, string path, Dimension dimension, DiagnosticBag bag)
    {
        if (Scalar(node, path, $"a distribution such as \"exp(mean: 6 {(dimension == Dimension.Duration ? "h" : "t")})\"", bag) is not { } s)
        {
            return null;
        }

        var errors = new List<TextError>();
        var distribution = DistributionParser.Parse(s.Value, dimension, errors);
        foreach (var e in errors)
        {
            bag.Error(s.At(e.Offset), $"{path} {e.Message}");
        }

        return distribution;
    }

    /// <summary>Reads a whole number in [<paramref name="min"/>, <paramref name="max"/>] of the type (ranges of meaning are the checker's).</summary>
    public static long? Integer(YNode node, string path, long min, long max, DiagnosticBag bag)
    {
        if (Scalar(node, path, "a whole number", bag) is not { } s)
        {
            return null;
        }

        if (long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        var range = min == 0 ? " ≥ 0" : "";
        bag.Error(s.Position, $"{path} is '{s.Value}'; expected a whole number{range}");
        return null;
    }

    /// <summary>Reads <c>true</c> or <c>false</c>.</summary>
    public static bool? Bool(YNode node, string path, DiagnosticBag bag)
    {
        if (Scalar(node, path, "true or false", bag) is not { } s)
        {
            return null;
        }

        if (s.Value is "true" or "false")
        {
            return s.Value == "true";
        }

        bag.Error(s.Position, $"{path} is '{s.Value}'; expected true or false");
        return null;
    }

    /// <summary>Reads a calendar date written year-month-day.</summary>
    public static DateOnly? Date(YNode node, string path, DiagnosticBag bag)
    {
        if (Scalar(node, path, "a date such as 2024-01-01", bag) is not { } s)
        {
            return null;
        }

        if (DateOnly.TryParseExact(s.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        bag.Error(s.Position, $"{path} is '{s.Value}', which is not a date; expected a date written year-month-day, such as 2024-01-01");
        return null;
    }

    /// <summary>Reads a recurring day written <c>dec 13</c> (the checker checks the day exists).</summary>
    public static MonthDay? MonthDay(YNode node, string path, DiagnosticBag bag)
    {
        if (Scalar(node, path, "a day of the year such as 'dec 13'", bag) is not { } s)
        {
            return null;
        }

        var parts = s.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var month = parts.Length == 2 ? Array.IndexOf(MonthNames, parts[0]) : -1;
        if (month >= 0 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day <= 99)
        {
            return new MonthDay(month + 1, day);
        }

        bag.Error(s.Position, $"{path} is '{s.Value}'; expected a month and a day such as 'dec 13' (months: {string.Join(", ", MonthNames)})");
        return null;
    }

    /// <summary>Reads one of the words in <paramref name="table"/>.</summary>
    public static T? Choice<T>(YNode node, string path, IReadOnlyList<(string Word, T Value)> table, DiagnosticBag bag)
        where T : struct
    {
        var words = table.Select(t => t.Word).ToList();
        if (Scalar(node, path, $"one of {string.Join(", ", words)}", bag) is not { } s)
        {
            return null;
        }

        foreach (var (word, value) in table)
        {
            if (word == s.Value)
            {
                return value;
            }
        }

        bag.Error(s.Position, $"{path} is '{s.Value}'; expected one of {string.Join(", ", words)}{Suggestions.DidYouMean(s.Value, words)}");
        return null;
    }

    /// <summary>Reads a list of scalars; when <paramref name="single"/>, one scalar counts as a list of one.</summary>
    public static IReadOnlyList<YScalar>? ScalarList(YNode node, string path, bool single, DiagnosticBag bag)
    {
        if (single && node is YScalar { IsNull: false } one)
        {
            return [one];
        }

        if (node is not YSeq seq)
        {
            bag.Error(node.Position, $"{path} is {node.Shape}; expected a list such as [a, b]");
            return null;
        }

        var items = new List<YScalar>();
        foreach (var (item, i) in seq.Items.Select((n, i) => (n, i)))
        {
            if (Scalar(item, $"{path}[{i}]", "a value", bag) is { } s)
            {
                items.Add(s);
            }
        }

        return items.Count == seq.Items.Count ? items : null;
    }

    /// <summary>Gets whether <paramref name="id"/> is a valid id: lowercase letters and digits in words joined by '-'.</summary>
    public static bool IsValidId(string id) =>
        id.Length > 0 && id[0] != '-' && id[^1] != '-' && !id.Contains("--", StringComparison.Ordinal)
        && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
