using System.CommandLine;
using Corridors.Cli.Cluster;
using Corridors.Cli.Output.Comparison;
using Corridors.Cluster.Hosting;
using Corridors.Core.Experiments;
using Corridors.Core.Reports;
using Corridors.Core.Results;

namespace Corridors.Cli.Commands;

/// <summary>
/// `corridors compare BASE ALT...`: runs every scenario with the same seed and replication numbers
/// (common random numbers) and reports, per figure, ALT − BASE with a paired confidence interval, the
/// relative change and a verdict that weighs significance against a practical resolution; elements
/// only one plan has are listed with the other side as zero or absent.
/// </summary>
internal static class CompareCommand
{
    /// <summary>What the verdict column means, printed under the first line of the output.</summary>
    public const string Verdicts =
        "Verdict: changed = significant and at least the resolution; within noise = the interval includes 0; no change = below the resolution "
        + "(1 kt/yr, 10 TEU/yr, 0.1 h, 0.5 percentage points, 0.5 USD/t or kg CO2/t, 0.1 shipments in a queue), significant or not. "
        + "Relative change only where the base is at least one resolution from 0.";

    private const string Help =
        "Compare alternatives with a base scenario using common random numbers and paired 95 % intervals. Figures use run's units (kt/yr, h, %, USD/t, kg CO2/t); "
        + "elements in one plan only are listed as new or removed, with the other side's tonnes and shipments as 0 and its waits and utilization as absent. "
        + "A difference below its resolution — 1 kt/yr, 10 TEU/yr, 0.1 h, 0.5 percentage points of utilization, load factor or share, 0.5 USD/t, 0.5 kg CO2/t, "
        + "0.1 shipments queued, 1 shipment — is 'no change' even when significant; the relative change is shown only where the base is at least one resolution from 0.";

    public static Command Create(CliConsole console)
    {
        var baseline = new Argument<string>("base") { Description = "The base scenario." };
        var alternatives = new Argument<string[]>("alternatives") { Description = "One or more alternative scenarios.", Arity = ArgumentArity.OneOrMore };
        var replications = new Option<int?>("--replications", "-n") { Description = "Replications of each (default: the base's)." };
        var parallel = new Option<int>("--parallel", "-p") { Description = "Replications at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var seed = new Option<ulong?>("--seed") { Description = "Seed of every scenario (default: the base's)." };
        var output = new Option<string?>("--out", "-o") { Description = "Folder for compare.csv (every figure) and report.html." };
        var all = new Option<bool>("--all") { Description = "List every corridor, node and link, also those where no figure changed." };
        var wide = new Option<bool>("--wide") { Description = "Show every column of the tables, however wide (default: fit the terminal, 80 columns when piped)." };
        var engineOptions = new EngineOptions();
        var command = new Command("compare", Help)
        {
            baseline, alternatives, replications, parallel, seed, output, all, wide,
        };
        engineOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var n = parse.GetValue(replications);
            var p = parse.GetValue(parallel);
            if (n is < 2 || p < 1)
            {
                console.Error.WriteLine($"error: --replications must be ≥ 2 (a paired interval needs two) and --parallel ≥ 1; got {n?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "default"} and {p}");
                return ExitCodes.UserMistake;
            }

            if (engineOptions.Engine(parse, parse.GetValue(parallel), console) is not { } engine)
            {
                return ExitCodes.UserMistake;
            }

            var paths = parse.GetValue(alternatives)!.Prepend(parse.GetValue(baseline)!).ToList();
            var loaded = paths.Select(path => (Path: path, Scenario: ScenarioInput.Load(path, console))).ToList();
            if (loaded.Any(l => l.Scenario is null))
            {
                return ExitCodes.UserMistake;
            }

            return Execute([.. loaded.Select(l => (Name(l.Path), l.Scenario!))], n, p, parse.GetValue(output), console, parse.GetValue(seed), engine, parse.GetValue(all), parse.GetValue(wide));
        });
        return command;
    }

    /// <summary>Runs and compares; the first scenario is the base; every scenario runs with <paramref name="seed"/> (default: the base's); <paramref name="all"/> lists also the elements where nothing changed; <paramref name="wide"/> shows every column. Returns the exit code.</summary>
    public static int Execute(IReadOnlyList<(string Name, LoadedScenario Scenario)> scenarios, int? replications, int parallel, string? outputDirectory, CliConsole console, ulong? seed = null, ExperimentEngine? engine = null, bool all = false, bool wide = false)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        if (outputDirectory is not null && !OutputFolder.TryPrepare(outputDirectory, console))
        {
            return ExitCodes.UserMistake;
        }

        engine ??= ExperimentEngine.Embedded(parallel, SiloLogging.Quiet);
        var baseModel = scenarios[0].Scenario.Model;
        var commonSeed = seed ?? baseModel.Experiment.Seed;
        var n = replications ?? Math.Max(2, baseModel.Experiment.Replications);
        var results = new List<IReadOnlyList<ReplicationResult>>();
        foreach (var (name, loaded) in scenarios)
        {
            // Common random numbers: every scenario runs with the same seed and the same replication numbers.
            var model = loaded.Model with { Experiment = loaded.Model.Experiment with { Seed = commonSeed } };
            if (ScenarioInput.Compile(model, console, name) is not { } scenario)
            {
                return ExitCodes.UserMistake;
            }

            results.Add(engine.Run(scenario, loaded.Files, 0, n));
        }

        var comparisons = scenarios.Skip(1).Select((s, i) => (s.Name, ScenarioComparison.Compare(results[0], results[i + 1]))).ToList();
        console.Out.WriteLine(FormattableString.Invariant($"Base {scenarios[0].Name}; {n} replications each with seed {commonSeed} (common random numbers); ± is the 95 % paired half-width."));
        console.Out.WriteLine(Verdicts);
        foreach (var (name, differences) in comparisons)
        {
            console.Out.WriteLine();
            ComparisonScreen.Write(console.Out, name, differences, all, wide ? RunCommand.WideColumns : console.Width);
        }

        if (outputDirectory is not null)
        {
            ComparisonOutputs.Write(outputDirectory, [.. scenarios.Select(s => s.Name)], [.. scenarios.Select(s => s.Scenario.Model)], comparisons,
                [.. scenarios.SelectMany(s => s.Scenario.Files).Distinct()], commonSeed, n, ToolVersion.Current);
            console.Error.WriteLine($"wrote {Path.Combine(outputDirectory, "compare.csv")} and {Report.ComparisonReport.Write(outputDirectory)}");
        }

        return 0;
    }

    private static string Name(string path) => Path.GetFileNameWithoutExtension(path);
}
