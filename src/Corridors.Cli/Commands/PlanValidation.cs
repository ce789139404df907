using Corridors.Scenarios;
using Corridors.Scenarios.Plans;

namespace Corridors.Cli.Commands;

/// <summary>
/// `corridors validate PLAN.yaml`: checks the plan, then every point it generates as the scenario
/// `batch` would run (written to a temporary folder, as `batch` writes them to DIR/points/). A point's
/// own problems are named by the plan file, the point and its values, since its file is not the user's.
/// </summary>
internal static class PlanValidation
{
    /// <summary>The problems found, printed as <c>validate</c> prints them, and the counts for the summary line.</summary>
    public static (int Errors, int Warnings, int Points) Check(string path, CliConsole console, HashSet<string> printed)
    {
        var result = PlanLoader.Load(path);
        var errors = Print(result.Diagnostics.Select(d => (d, d.ToString())), console, printed);
        var warnings = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        if (result.Plan is not { } plan)
        {
            return (errors, warnings, 0);
        }

        var folder = Directory.CreateTempSubdirectory("corridors-validate-").FullName;
        try
        {
            var points = plan.Points();
            foreach (var point in points)
            {
                var file = Path.Combine(folder, point.Name + ".yaml");
                File.WriteAllText(file, point.ToYaml(plan.BaseScenario, $"point {point.Name} of plan {plan.Name}, checked by corridors validate"));
                var loaded = ScenarioLoader.Load(file);
                var named = loaded.Diagnostics.Select(d => (d, d.File == file
                    ? $"{path}: point {point.Name} ({point.Describe()}): {(d.Severity == DiagnosticSeverity.Error ? "error" : "warning")}: {d.Message}"
                    : d.ToString()));
                errors += Print(named, console, printed);
                warnings += loaded.WarningCount;
            }

            return (errors, warnings, points.Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // Prints each line once (points share their base's warnings); returns the errors among them.
    private static int Print(IEnumerable<(Diagnostic Diagnostic, string Line)> lines, CliConsole console, HashSet<string> printed)
    {
        var errors = 0;
        foreach (var (diagnostic, line) in lines)
        {
            errors += diagnostic.Severity == DiagnosticSeverity.Error ? 1 : 0;
            if (printed.Add(line))
            {
                console.Error.WriteLine(line);
            }
        }

        return errors;
    }
}
