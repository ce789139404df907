using Corridors.Core.Reports;
using Corridors.Scenarios.Plans;

namespace Corridors.Cli.Commands;

/// <summary>Turns a batch plan into scenario files: one per point, written to DIR/points/, each extending the plan's base.</summary>
internal static class BatchPlans
{
    /// <summary>Loads the plan at <paramref name="path"/> and writes its points; null (problems printed) when the plan is not valid.</summary>
    public static IReadOnlyList<BatchEntry>? Expand(string path, string outputDirectory, CliConsole console)
    {
        var result = PlanLoader.Load(path);
        foreach (var diagnostic in result.Diagnostics)
        {
            console.Error.WriteLine(diagnostic.ToString());
        }

        if (result.Plan is not { } plan)
        {
            return null;
        }

        var folder = System.IO.Path.Combine(outputDirectory, "points");
        var points = plan.Points();
        var entries = new List<BatchEntry>(points.Count);
        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            var file = System.IO.Path.Combine(folder, point.Name + ".yaml");
            var origin = $"point {i + 1} of {points.Count} of plan {plan.Name} ({path}), written by corridors batch; run it alone with corridors run {file}";
            // The base by its full path, so the point files keep working wherever the output folder is read from.
            AtomicFile.Write(file, w => w.Write(point.ToYaml(plan.BaseScenario, origin)));
            entries.Add(new BatchEntry(file, () => ScenarioInput.Load(file, console), plan.Replications));
        }

        AtomicFile.Write(System.IO.Path.Combine(outputDirectory, $"plan-{plan.Name}.csv"), w =>
        {
            w.WriteLine("point,path,value");
            foreach (var point in points)
            {
                foreach (var (parameter, value) in point.Assignments)
                {
                    w.WriteLine($"{point.Name},{parameter},\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
                }
            }
        });
        return entries;
    }
}
