using System.CommandLine;
using Corridors.Cli.Cluster;
using Corridors.Cli.Output;
using Corridors.Cluster.Hosting;
using Corridors.Core.Analysis;
using Corridors.Core.Reports;
using Corridors.Core.Routing;
using Corridors.Core.World;
using Corridors.Scenarios.Plans;

namespace Corridors.Cli.Commands;

/// <summary>
/// `corridors batch FILES...`: many scenarios × replications, unattended and resumable. Each scenario's
/// outputs go to DIR/&lt;scenario&gt;/ as `run` writes them, every finished replication is kept on disk so
/// a killed batch picks up where it stopped, and DIR/batch.csv holds the headline figures of all.
/// A scenario that fails is reported with its reason and does not stop the others.
/// </summary>
internal static class BatchCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("scenarios") { Description = "Scenario files, glob patterns (scenarios/*.yaml) or batch plans (a base scenario and a sweep).", Arity = ArgumentArity.OneOrMore };
        var replications = new Option<int?>("--replications", "-n") { Description = "Replications per scenario (default: each scenario's)." };
        var seed = new Option<ulong?>("--seed") { Description = "Seed for every scenario (default: each scenario's)." };
        var parallel = new Option<int>("--parallel", "-p") { Description = "Replications at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var output = new Option<string>("--out", "-o") { Description = "Output folder.", Required = true };
        var engineOptions = new EngineOptions();
        var command = new Command("batch", "Run many scenarios unattended; resumable; one combined batch.csv.")
        {
            inputs, replications, seed, parallel, output,
        };
        engineOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (parse.GetValue(replications) is < 1 || parse.GetValue(parallel) < 1)
            {
                console.Error.WriteLine("error: --replications and --parallel must be ≥ 1");
                return ExitCodes.UserMistake;
            }

            if (engineOptions.Engine(parse, parse.GetValue(parallel), console) is not { } engine)
            {
                return ExitCodes.UserMistake;
            }

            var files = BatchInputs.Expand(parse.GetValue(inputs)!, out var unmatched);
            foreach (var pattern in unmatched)
            {
                console.Error.WriteLine($"error: {pattern}: no such scenario file; expected a path or a glob that matches .yaml files");
            }

            if (files.Count == 0 || unmatched.Count > 0)
            {
                return ExitCodes.UserMistake;
            }

            var settings = new BatchSettings(parse.GetValue(replications), parse.GetValue(seed), parse.GetValue(parallel), parse.GetValue(output)!,
                [.. parse.Tokens.Select(t => t.Value)]);
            if (!OutputFolder.TryPrepare(settings.OutputDirectory, console))
            {
                return ExitCodes.UserMistake;
            }

            var entries = new List<BatchEntry>();
            foreach (var file in files)
            {
                if (!PlanLoader.IsPlan(file))
                {
                    entries.Add(new BatchEntry(file, () => ScenarioInput.Load(file, console)));
                }
                else if (BatchPlans.Expand(file, settings.OutputDirectory, console) is { } points)
                {
                    entries.AddRange(points);
                }
                else
                {
                    return ExitCodes.UserMistake;
                }
            }

            return Execute(entries, settings, console, engine);
        });
        return command;
    }

    /// <summary>Runs every scenario; returns 0 when all succeeded, 1 when any failed.</summary>
    public static int Execute(IReadOnlyList<BatchEntry> scenarios, BatchSettings settings, CliConsole console, ExperimentEngine? engine = null)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(settings);
        engine ??= ExperimentEngine.Embedded(settings.Parallel, SiloLogging.Quiet);
        if (!OutputFolder.TryPrepare(settings.OutputDirectory, console))
        {
            return ExitCodes.UserMistake;
        }

        var names = BatchInputs.UniqueNames(scenarios.Select(s => s.Path).ToList());
        var rows = new List<(string Scenario, MetricRow Row)>();
        var failures = new List<string>();
        var progress = new RunProgress(console);
        for (var i = 0; i < scenarios.Count; i++)
        {
            var name = names[i];
            try
            {
                var loaded = scenarios[i].Load();
                if (loaded is null)
                {
                    failures.Add($"{name}: the scenario file is not valid (see the errors above)");
                    continue;
                }

                var summary = RunOne(engine, name, loaded, settings with { Replications = settings.Replications ?? scenarios[i].Replications }, progress);
                rows.AddRange(summary.Metrics.Where(r => Measures.IsHeadline(r.Key)).Select(r => (name, r)));
                console.Error.WriteLine($"{name}: {summary.Replications} replications done");
            }
            catch (Exception ex) when (ex is NoRouteException or InvalidDataException or IOException or UnauthorizedAccessException)
            {
                failures.Add($"{name}: {ex.Message}");
            }
        }

        BatchCsv.Write(Path.Combine(settings.OutputDirectory, "batch.csv"), rows);
        Report.BatchIndex.Write(settings.OutputDirectory);
        console.Out.WriteLine($"batch: {scenarios.Count - failures.Count} of {scenarios.Count} scenarios done; combined figures in {Path.Combine(settings.OutputDirectory, "batch.csv")}");
        foreach (var failure in failures)
        {
            console.Out.WriteLine($"failed: {failure}");
        }

        return failures.Count == 0 ? 0 : 1;
    }

    private static ExperimentSummary RunOne(ExperimentEngine engine, string name, LoadedScenario loaded, BatchSettings settings, RunProgress progress)
    {
        var model = loaded.Model;
        if (settings.Seed is { } seed)
        {
            model = model with { Experiment = model.Experiment with { Seed = seed } };
        }

        var scenario = CompiledScenario.Compile(model, RouteProviders.Default(model));
        var folder = Path.Combine(settings.OutputDirectory, name);
        var store = new ReplicationStore(Path.Combine(folder, "replications"), BatchInputs.Fingerprint(loaded.Files, model.Experiment.Seed));
        var count = settings.Replications ?? model.Experiment.Replications;
        var missing = store.Missing(count);
        progress.Track($"{name}", missing.Count, done =>
        {
            // Contiguous runs of missing replication numbers, in slices of twice the workers so that a killed
            // batch loses at most a slice; each slice's results are saved as soon as it is back.
            foreach (var block in BatchInputs.Contiguous(missing))
            {
                for (var first = block.First; first < block.First + block.Count; first += 2 * settings.Parallel)
                {
                    var slice = Math.Min(2 * settings.Parallel, block.First + block.Count - first);
                    foreach (var result in engine.Run(scenario, loaded.Files, first, slice, done))
                    {
                        store.Save(result);
                    }
                }
            }

            return 0;
        });
        return RunOutputs.Write(folder, scenario, store.Load(count), loaded.Files, ToolVersion.Current, settings.CommandLine);
    }
}
