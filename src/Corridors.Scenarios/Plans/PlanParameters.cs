using System.Text.RegularExpressions;
using Corridors.Scenarios.Yaml;

namespace Corridors.Scenarios.Plans;

/// <summary>Reads and checks the entries of a plan's <c>sweep</c>: a dotted path and a list of plain values.</summary>
internal static partial class PlanParameters
{
    private static readonly string[] Fixed = ["extends", "name", "description"];

    public static PlanParameter? Read(YScalar key, YNode value, DiagnosticBag bag)
    {
        var path = key.Value;
        if (!DottedPath().IsMatch(path))
        {
            bag.Error(key.Position, $"'{path}' is not a parameter path; expected keys joined by dots, such as nodes.olya.berths.servers");
            return null;
        }

        if (Fixed.Contains(path.Split('.')[0]))
        {
            bag.Error(key.Position, $"'{path}' cannot be swept; expected a path into the scenario's values (every point has its own name and extends the base)");
            return null;
        }

        if (value is not YSeq { Items.Count: > 0 } list)
        {
            bag.Error(value.Position, $"sweep of {path} is {value.Shape}; expected a non-empty list of values such as [1, 2, 4]");
            return null;
        }

        var values = new List<string>();
        foreach (var item in list.Items)
        {
            if (item is YScalar { IsNull: false } scalar)
            {
                values.Add(scalar.Quoted ? "'" + scalar.Value.Replace("'", "''", StringComparison.Ordinal) + "'" : scalar.Value);
            }
            else
            {
                bag.Error(item.Position, $"a value of {path} is {item.Shape}; expected a single value (a number, a quantity such as '12 kn', a distribution text)");
            }
        }

        return values.Count == list.Items.Count ? new PlanParameter(path, values) : null;
    }

    // One path that is a prefix of another would set a value and a mapping at the same place.
    public static void CheckOverlaps(YMap grid, DiagnosticBag bag)
    {
        foreach (var (key, _) in grid.Entries)
        {
            if (grid.Entries.FirstOrDefault(other => key.Value.StartsWith(other.Key.Value + ".", StringComparison.Ordinal)) is { } outer)
            {
                bag.Error(key.Position, $"'{key.Value}' lies inside '{outer.Key.Value}', which is also swept; expected paths that do not contain each other");
            }
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$")]
    private static partial Regex DottedPath();
}
