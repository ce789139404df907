using System.Globalization;

namespace Corridors.Web.WhatIf;

/// <summary>Checks the fields of edit <paramref name="number"/> and records each problem as one line.</summary>
internal sealed class EditCheck(int number, string kind, List<string> problems)
{
    public void Fail(string problem) => problems.Add($"edit {number} ({WhatIfWriter.Short(kind)}): {problem}");

    public bool Id(string field, string? value)
    {
        if (value is not null && WhatIfWriter.ElementId().IsMatch(value))
        {
            return true;
        }

        Fail($"{field} is '{WhatIfWriter.Short(value)}'; expected an id of the scenario (letters, digits, '.', '_', '-')");
        return false;
    }

    public bool OneOf(string field, string? value, string[] allowed)
    {
        if (value is not null && allowed.Contains(value, StringComparer.Ordinal))
        {
            return true;
        }

        Fail($"{field} is '{WhatIfWriter.Short(value)}'; expected one of {string.Join(", ", allowed)}");
        return false;
    }

    public bool Range(string field, double? value, double min, double max)
    {
        if (value is { } v && double.IsFinite(v) && v >= min && v <= max)
        {
            return true;
        }

        Fail(string.Create(CultureInfo.InvariantCulture, $"{field} is {(value is null ? "missing" : value.Value.ToString(CultureInfo.InvariantCulture))}; expected a number from {min:G} to {max:G}"));
        return false;
    }

    public bool Date(string field, string? value)
    {
        if (value is not null && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return true;
        }

        Fail($"{field} is '{WhatIfWriter.Short(value)}'; expected a date such as 2024-03-01");
        return false;
    }

    public bool Order(string from, string to)
    {
        if (string.CompareOrdinal(from, to) <= 0)
        {
            return true;
        }

        Fail($"from {from} is after to {to}; expected the first day, then the last");
        return false;
    }
}
