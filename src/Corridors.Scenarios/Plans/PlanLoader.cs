using Corridors.Core.Model;
using System.Globalization;
using System.Text.RegularExpressions;
using Corridors.Scenarios.Yaml;

namespace Corridors.Scenarios.Plans;

/// <summary>
/// Reads a batch plan file (format in docs/batch-plans.md) with the same positioned diagnostics as
/// scenario files. The points' scenarios are checked when they are loaded, like any scenario.
/// </summary>
public static partial class PlanLoader
{
    /// <summary>Most points a plan may have.</summary>
    public const int MaxPoints = 10_000;

    private static readonly string[] Keys = ["plan", "description", "base", "replications", "sweep", "note"];

    /// <summary>Gets whether <paramref name="path"/> reads as a plan (a mapping with a <c>sweep</c> key) rather than a scenario.</summary>
    public static bool IsPlan(string path)
    {
        var bag = new DiagnosticBag();
        var text = File.Exists(path) ? SourceReader.Read(Path.GetFullPath(path), path, SourcePosition.StartOf(path), bag) : null;
        return text is not null && YamlTreeReader.Read(text, path, bag) is YMap root && root.Find("sweep") is not null;
    }

    /// <summary>Loads <paramref name="path"/>; never throws for bad input.</summary>
    public static PlanResult Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var bag = new DiagnosticBag();
        var full = Path.GetFullPath(path);
        var text = SourceReader.Read(full, path, SourcePosition.StartOf(path), bag);
        var root = text is null ? null : YamlTreeReader.Read(text, path, bag);
        BatchPlan? plan = null;
        if (root is YMap map)
        {
            plan = Read(map, full, bag);
        }
        else if (root is not null)
        {
            bag.Error(root.Position, $"a plan is {root.Shape}; expected a mapping with plan, base and sweep");
        }

        return new PlanResult(bag.HasErrors ? null : plan, bag.Sorted([path]));
    }

    private static BatchPlan? Read(YMap map, string planFile, DiagnosticBag bag)
    {
        foreach (var entry in map.Entries.Where(e => !Keys.Contains(e.Key.Value)))
        {
            bag.Error(entry.Key.Position, $"unknown key '{entry.Key.Value}'{Suggestions.DidYouMean(entry.Key.Value, Keys)}; expected one of {string.Join(", ", Keys)}");
        }

        var name = Required(map, "plan", "a name such as demand-sweep", bag);
        if (name is not null && !KebabName().IsMatch(name.Value))
        {
            bag.Error(name.Position, $"plan name '{name.Value}' is not kebab-case; expected lower-case letters, digits and '-' (it names output folders)");
        }

        var baseScalar = Required(map, "base", "the path of the scenario to sweep, relative to this plan", bag);
        var basePath = baseScalar is null ? null : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(planFile)!, baseScalar.Value));
        if (baseScalar is not null && !File.Exists(basePath))
        {
            bag.Error(baseScalar.Position, $"cannot find base scenario '{baseScalar.Value}'; expected a scenario file relative to the plan");
        }

        var replications = ReadReplications(map, bag);
        var parameters = ReadSweep(map, bag);
        return name is null || basePath is null || parameters is null ? null : new BatchPlan(name.Value, planFile, basePath, replications, parameters);
    }

    private static int? ReadReplications(YMap map, DiagnosticBag bag)
    {
        if (map.Find("replications") is not { } entry)
        {
            return null;
        }

        if (entry.Value is YScalar { Quoted: false } s && int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1)
        {
            return n;
        }

        bag.Error(entry.Value.Position, $"replications is {Shown(entry.Value)}; expected a whole number ≥ 1");
        return null;
    }

    private static List<PlanParameter>? ReadSweep(YMap map, DiagnosticBag bag)
    {
        if (map.Find("sweep") is not { } sweep)
        {
            bag.Error(map.Position, "the plan is missing 'sweep'; expected a mapping of parameter paths to lists of values");
            return null;
        }

        if (sweep.Value is not YMap grid || grid.Entries.Count == 0)
        {
            bag.Error(sweep.Value.Position, $"sweep is {sweep.Value.Shape}; expected a mapping of parameter paths to lists of values");
            return null;
        }

        var parameters = new List<PlanParameter>();
        foreach (var (key, value) in grid.Entries)
        {
            if (PlanParameters.Read(key, value, bag) is { } parameter)
            {
                parameters.Add(parameter);
            }
        }

        PlanParameters.CheckOverlaps(grid, bag);
        var points = parameters.Aggregate(1L, (n, p) => n * p.Values.Count);
        if (points > MaxPoints)
        {
            bag.Error(sweep.Value.Position, $"the sweep has {points} points; expected at most {MaxPoints}");
        }

        return parameters;
    }

    private static YScalar? Required(YMap map, string key, string expected, DiagnosticBag bag)
    {
        if (map.Find(key) is not { } entry)
        {
            bag.Error(map.Position, $"the plan is missing '{key}'; expected {expected}");
            return null;
        }

        if (entry.Value is YScalar { IsNull: false } scalar)
        {
            return scalar;
        }

        bag.Error(entry.Value.Position, $"{key} is {entry.Value.Shape}; expected {expected}");
        return null;
    }

    private static string Shown(YNode node) => node is YScalar s ? $"'{s.Value}'" : node.Shape;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabName();
}
