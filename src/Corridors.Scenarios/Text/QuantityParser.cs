using Corridors.Core.Model;
using System.Globalization;

namespace Corridors.Scenarios.Text;

/// <summary>
/// Parses <c>NUMBER UNIT</c> strictly: a decimal number, one or more spaces, a unit symbol from
/// <see cref="Units"/> of an accepted dimension. A missing, unknown or wrong unit is an error, never a guess.
/// </summary>
internal static class QuantityParser
{
    /// <summary>Parses <paramref name="text"/> as one of <paramref name="accepted"/>; on failure <paramref name="error"/> says why and where.</summary>
    public static bool TryParse(string text, IReadOnlyList<Dimension> accepted, out Quantity quantity, out TextError error)
    {
        quantity = default;
        var expected = Units.Describe(accepted);
        var start = 0;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            error = new TextError(0, $"is empty; expected {expected}");
            return false;
        }

        var numberEnd = ScanNumber(text, start);
        if (numberEnd == start || !double.TryParse(text.AsSpan(start, numberEnd - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            error = new TextError(start, $"is '{trimmed}', which does not start with a number; expected {expected}");
            return false;
        }

        if (numberEnd < text.Length && text[numberEnd] != ' ' && !char.IsAsciiLetter(text[numberEnd]))
        {
            error = new TextError(numberEnd, $"is '{trimmed}', which has '{text[numberEnd]}' inside the number; expected a plain decimal number such as 1200.5 (no thousands separators)");
            return false;
        }

        var unitStart = numberEnd;
        while (unitStart < text.Length && text[unitStart] == ' ')
        {
            unitStart++;
        }

        var symbol = text[unitStart..].TrimEnd();
        if (symbol.Length == 0)
        {
            return Unitless(number, trimmed, accepted, numberEnd, expected, out quantity, out error);
        }

        if (accepted is [Dimension.None])
        {
            error = new TextError(unitStart, $"is '{trimmed}', which has a unit; expected a plain number");
            return false;
        }

        if (unitStart == numberEnd)
        {
            error = new TextError(unitStart, $"is '{trimmed}', with no space between the number and the unit; expected '{text[start..numberEnd]} {symbol}'");
            return false;
        }

        var unit = Units.Find(symbol);
        if (unit is null)
        {
            var candidates = Units.All.Where(u => accepted.Contains(u.Dimension)).Select(u => u.Symbol);
            error = new TextError(unitStart, $"has unknown unit '{symbol}'; expected {expected}{Suggestions.DidYouMean(symbol, candidates)}");
            return false;
        }

        if (!accepted.Contains(unit.Dimension))
        {
            error = new TextError(unitStart, $"is '{trimmed}', {Units.Name(unit.Dimension)}; expected {expected}");
            return false;
        }

        quantity = new Quantity(number * unit.ToBase, unit.Dimension);
        error = default;
        return true;
    }

    private static bool Unitless(double number, string trimmed, IReadOnlyList<Dimension> accepted, int at, string expected, out Quantity quantity, out TextError error)
    {
        if (accepted.Contains(Dimension.None))
        {
            quantity = new Quantity(number, Dimension.None);
            error = default;
            return true;
        }

        quantity = default;
        error = new TextError(at, $"is '{trimmed}', which has no unit; expected {expected}");
        return false;
    }

    // [+-]? digits ( . digits )? ( [eE] [+-]? digits )?
    private static int ScanNumber(string s, int i)
    {
        var start = i;
        if (i < s.Length && (s[i] == '-' || s[i] == '+'))
        {
            i++;
        }

        var digits = Digits(s, i);
        if (digits == i)
        {
            return start;
        }

        i = digits;
        if (i + 1 < s.Length && s[i] == '.' && char.IsAsciiDigit(s[i + 1]))
        {
            i = Digits(s, i + 1);
        }

        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            var j = i + 1;
            if (j < s.Length && (s[j] == '-' || s[j] == '+'))
            {
                j++;
            }

            var exponent = Digits(s, j);
            if (exponent > j)
            {
                i = exponent;
            }
        }

        return i;
    }

    private static int Digits(string s, int i)
    {
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        return i;
    }
}
