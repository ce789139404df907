using System.Globalization;
using System.Reflection;
using Corridors.Core.Experiments;
using Corridors.Core.Model;
using Corridors.Core.Reports;
using Corridors.Core.Routing;
using Corridors.Core.World;
using Corridors.Report;
using Corridors.Web.Library;

namespace Corridors.Web.Runs;

/// <summary>
/// Does one run as the command line would: `corridors run what-if.yaml -n N --seed S --out run/` and
/// `corridors compare BASE what-if.yaml -n N --seed S --out compare/`, with the same writers, into
/// DATA/runs/&lt;id&gt;/. The what-if's replications are run once and serve both.
/// </summary>
internal sealed class RunExecutor(ExperimentGateway gateway)
{
    /// <summary>The file written last: its presence says the run's folder is complete.</summary>
    public const string DoneFile = "done.txt";

    private static readonly string Version =
        (Assembly.GetEntryAssembly() ?? typeof(RunExecutor).Assembly).GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public async Task RunAsync(RunPlan plan, WebRun run, string folder, CancellationToken cancellation)
    {
        var scenarioFolder = Path.Combine(folder, "scenario");
        Directory.CreateDirectory(scenarioFolder);
        var files = new List<string>();
        foreach (var (name, bytes) in plan.Chain)
        {
            var path = Path.Combine(scenarioFolder, name);
            await File.WriteAllBytesAsync(path, bytes, cancellation);
            files.Add(path);
        }

        var n = plan.Replications;
        var whatIf = Compile(plan.Model);
        var results = await gateway.RunAsync(whatIf, files, 0, n, p => run.Update(RunState.Running, "what-if", p.Done, n), cancellation);
        run.Update(RunState.Running, "reports", n, n);
        var runFolder = Path.Combine(folder, "run");
        string[] commandLine = ["run", ScenarioLibrary.WhatIfFile, "--replications", Text(n), "--seed", Text(plan.Seed)];
        RunOutputs.Write(runFolder, whatIf, results, files, Version, commandLine);
        RunReport.Write(runFolder);

        // The base with the same seed and replication numbers: common random numbers, as `corridors compare` runs it.
        var baseModel = plan.Base.Model!;
        baseModel = baseModel with { Experiment = baseModel.Experiment with { Seed = plan.Seed, SeriesStepHours = 24 } };
        var baseResults = await gateway.RunAsync(Compile(baseModel), files.Skip(1).ToList(), 0, n, p => run.Update(RunState.Running, "base", p.Done, n), cancellation);
        run.Update(RunState.Running, "reports", n, n);
        var compareFolder = Path.Combine(folder, "compare");
        var whatIfName = Path.GetFileNameWithoutExtension(ScenarioLibrary.WhatIfFile);
        ComparisonOutputs.Write(compareFolder, [plan.Base.Id, whatIfName], [baseModel, plan.Model], [(whatIfName, ScenarioComparison.Compare(baseResults, results))],
            [.. files.Skip(1), files[0]], plan.Seed, n, Version);
        ComparisonReport.Write(compareFolder);
        await File.WriteAllTextAsync(Path.Combine(folder, DoneFile), string.Create(CultureInfo.InvariantCulture, $"{plan.Base.Id}\n{n}\n{plan.Seed}\n"), cancellation);
    }

    /// <summary>Reads back the base, replications and seed of a complete run folder; null when it is not complete.</summary>
    public static (string Base, int Replications, ulong Seed)? ReadDone(string folder)
    {
        var path = Path.Combine(folder, DoneFile);
        if (!File.Exists(path))
        {
            return null;
        }

        var lines = File.ReadAllLines(path);
        return lines.Length >= 3 && int.TryParse(lines[1], CultureInfo.InvariantCulture, out var n) && ulong.TryParse(lines[2], CultureInfo.InvariantCulture, out var seed)
            ? (lines[0], n, seed)
            : null;
    }

    private static CompiledScenario Compile(ScenarioModel model) => CompiledScenario.Compile(model, RouteProviders.Default(model));

    private static string Text(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);
}
