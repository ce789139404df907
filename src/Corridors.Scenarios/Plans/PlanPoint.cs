using System.Text;

namespace Corridors.Scenarios.Plans;

/// <summary>One combination of a plan's parameter values: a scenario that extends the plan's base with those values.</summary>
/// <param name="Name">The point's name (<c>plan-name-003</c>), used as its scenario name and output folder.</param>
/// <param name="Assignments">Each parameter path and the value it takes here, in the plan's parameter order.</param>
public sealed record PlanPoint(string Name, IReadOnlyList<(string Path, string Value)> Assignments)
{
    /// <summary>Gets the assignments as one line: <c>scale_all_demand = 2; nodes.olya.berths.servers = 9</c>.</summary>
    public string Describe() => string.Join("; ", Assignments.Select(a => $"{a.Path} = {a.Value}"));

    /// <summary>Writes the point as a scenario file that extends <paramref name="extendsPath"/> (relative to where the file is written).</summary>
    public string ToYaml(string extendsPath, string origin)
    {
        ArgumentNullException.ThrowIfNull(extendsPath);
        var yaml = new StringBuilder();
        yaml.Append("# ").Append(origin).Append('\n');
        yaml.Append("extends: ").Append(Quote(extendsPath.Replace('\\', '/'))).Append('\n');
        yaml.Append("name: ").Append(Name).Append('\n');
        yaml.Append("description: ").Append(Quote(Describe())).Append('\n');
        Emit(yaml, [.. Assignments.Select(a => (a.Path.Split('.'), a.Value))], 0);
        return yaml.ToString();
    }

    // Paths sharing a first segment become one nested mapping, in the order they first appear.
    private static void Emit(StringBuilder yaml, List<(string[] Segments, string Value)> entries, int depth)
    {
        foreach (var key in entries.Select(e => e.Segments[depth]).Distinct(StringComparer.Ordinal))
        {
            var under = entries.Where(e => e.Segments[depth] == key).ToList();
            yaml.Append(' ', depth * 2).Append(key).Append(':');
            if (under.Count == 1 && under[0].Segments.Length == depth + 1)
            {
                yaml.Append(' ').Append(under[0].Value).Append('\n');
            }
            else
            {
                yaml.Append('\n');
                Emit(yaml, under, depth + 1);
            }
        }
    }

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
