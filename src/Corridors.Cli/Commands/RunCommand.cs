using System.CommandLine;
using System.Globalization;
using Corridors.Cli.Bench;
using Corridors.Cli.Cluster;
using Corridors.Cli.Output;
using Corridors.Cluster.Hosting;
using Corridors.Core.Analysis;
using Corridors.Core.Experiments;
using Corridors.Core.Reports;
using Corridors.Core.Results;
using Corridors.Core.World;

namespace Corridors.Cli.Commands;

/// <summary>
/// `corridors run SCENARIO`: the main job. Runs replications in parallel, prints throughput, transit
/// times, costs and bottlenecks with confidence intervals, and with --out writes the output files.
/// </summary>
internal static class RunCommand
{
    /// <summary>The width --wide gives tables (run's and compare's): none of any real scenario is this wide, so none leaves a column out.</summary>
    internal const int WideColumns = 10_000;

    public static Command Create(CliConsole console)
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario file (YAML)." };
        var replications = new Option<int?>("--replications", "-n") { Description = "Number of replications (default: the scenario's)." };
        var precision = new Option<string?>("--precision") { Description = "Add replications until every headline figure's 95 % half-width is within this fraction of its mean, e.g. 5%." };
        var maxReplications = new Option<int>("--max-replications") { Description = "Cap for --precision.", DefaultValueFactory = _ => 500 };
        var seed = new Option<ulong?>("--seed") { Description = "Seed (default: the scenario's)." };
        var parallel = new Option<int>("--parallel", "-p") { Description = "Replications at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var output = new Option<string?>("--out", "-o") { Description = "Folder for summary.json, the CSV files, network.json, manifest.json and report.html." };
        var seriesStep = new Option<double>("--series-step") { Description = "Step of timeseries.csv in days (0: none; a week or more for very large networks).", DefaultValueFactory = _ => 1 };
        var wide = new Option<bool>("--wide") { Description = "Show every column of the tables, however wide (default: fit the terminal, 80 columns when piped)." };
        var engineOptions = new EngineOptions();
        var command = new Command("run", "Run a scenario's replications and report corridor throughput, transit times, costs and bottlenecks with confidence intervals.")
        {
            scenario, replications, precision, maxReplications, seed, parallel, output, seriesStep, wide,
        };
        engineOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!RunOptions.TryCreate(parse.GetValue(replications), parse.GetValue(precision), parse.GetValue(maxReplications),
                parse.GetValue(seed), parse.GetValue(parallel), parse.GetValue(output), out var options, out var problem))
            {
                console.Error.WriteLine($"error: {problem}");
                return ExitCodes.UserMistake;
            }

            if (parse.GetValue(seriesStep) is var step && !(step >= 0 && double.IsFinite(step)))
            {
                console.Error.WriteLine(FormattableString.Invariant($"error: --series-step is {step}; expected a number of days ≥ 0 (0 records no time series)"));
                return ExitCodes.UserMistake;
            }

            // The silo starts while the scenario loads and compiles.
            if (engineOptions.Engine(parse, parse.GetValue(parallel), console) is not { } engine)
            {
                return ExitCodes.UserMistake;
            }

            var loaded = ScenarioInput.Load(parse.GetValue(scenario)!, console);
            PhaseMarks.Mark("loaded");
            options = options with { SeriesStepDays = step, Wide = parse.GetValue(wide) };
            using var interruption = console.Interruptible();
            return loaded is null ? ExitCodes.UserMistake : Execute(loaded, options, console, [.. parse.Tokens.Select(t => t.Value)], engine, interruption);
        });
        return command;
    }

    /// <summary>Everything after parsing and loading; returns the exit code.</summary>
    public static int Execute(LoadedScenario loaded, RunOptions options, CliConsole console, IReadOnlyList<string> commandLine, ExperimentEngine? engine = null,
        Interruption? interruption = null)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(options);
        var model = loaded.Model;
        if (options.Seed is { } seed)
        {
            model = model with { Experiment = model.Experiment with { Seed = seed } };
        }

        model = model with { Experiment = model.Experiment with { SeriesStepHours = options.SeriesStepDays * 24 } };

        // Fail before hours of work, not after: the output folder must be creatable now.
        if (options.OutputDirectory is { } target && !OutputFolder.TryPrepare(target, console))
        {
            return ExitCodes.UserMistake;
        }

        if (ScenarioInput.Compile(model, console) is not { } scenario)
        {
            return ExitCodes.UserMistake;
        }

        PhaseMarks.Mark("compiled");
        engine ??= ExperimentEngine.Embedded(options.Parallel, SiloLogging.Quiet);
        var progress = new RunProgress(console);
        interruption ??= Interruption.None;
        IReadOnlyList<ReplicationResult> results;
        string? note;
        bool precisionReached;
        try
        {
            (results, note, precisionReached) = Replicate(engine, scenario, loaded.Files, options, progress, interruption.Token);
        }
        catch (RunInterruptedException stopped)
        {
            var requested = options.Precision is null ? options.Replications ?? model.Experiment.Replications : options.MaxReplications;
            return InterruptedRun.Finish(stopped.Done, requested, options.Precision is not null, interruption, console, options.OutputDirectory,
                done => RunOutputs.Write(options.OutputDirectory!, scenario, done, loaded.Files, ToolVersion.Current, commandLine, requested));
        }
        var summary = options.OutputDirectory is { } dir
            ? RunOutputs.Write(dir, scenario, results, loaded.Files, ToolVersion.Current, commandLine)
            : ExperimentSummary.Build(model, results);
        SummaryTables.Write(TerminalWriter.Over(console.Out, options.Wide ? WideColumns : console.Width), summary);
        if (note is not null)
        {
            console.Out.WriteLine(note);
        }

        WriteClosingLines(console, results, progress, options.OutputDirectory);

        // A precision target that was not reached is a check that failed: a script must not take the
        // figures for what it asked. The results are still printed and written.
        return summary.ConservationHolds && precisionReached ? ExitCodes.Success : ExitCodes.Failed;
    }

    /// <summary>The closing lines of a run, on standard error: how many replications and events at what speed, and (writing the report) where the outputs are.</summary>
    internal static void WriteClosingLines(CliConsole console, IReadOnlyList<ReplicationResult> results, RunProgress progress, string? outputDirectory)
    {
        console.Error.WriteLine(FormattableString.Invariant($"{results.Count} replications, {results.Sum(r => r.Messages):#,0} events, {progress.Speed()}"));
        if (outputDirectory is not null)
        {
            console.Error.WriteLine($"wrote {Path.Combine(outputDirectory, "summary.json")} and the CSV files beside it, and {Report.RunReport.Write(outputDirectory)}");
        }
    }

    private static (IReadOnlyList<ReplicationResult> Results, string? Note, bool PrecisionReached) Replicate(ExperimentEngine engine, CompiledScenario scenario,
        IReadOnlyList<string> files, RunOptions options, RunProgress progress, CancellationToken interrupted)
    {
        if (options.Precision is { } target)
        {
            var outcome = progress.Track("replicating to precision", options.MaxReplications, done =>
                PrecisionRunner.Run(scenario.Model, InterruptedRun.KeepingBatches((first, count) => engine.Run(scenario, files, first, count, done, interrupted)),
                    new PrecisionRule(target), 10, options.MaxReplications, 2 * options.Parallel), atMost: true);
            var percent = (target * 100).ToString("0.##", CultureInfo.InvariantCulture);
            var note = outcome.Reached
                ? $"Precision: every headline figure is within ±{percent} % after {outcome.Results.Count} replications."
                : $"Precision NOT reached: stopped at the cap of {outcome.Results.Count} replications; still short ({outcome.Unmet.Count}): {string.Join(", ", outcome.Unmet)}.";
            return (outcome.Results, note, outcome.Reached);
        }

        var count = options.Replications ?? scenario.Model.Experiment.Replications;
        var results = progress.Track("replicating", count, done =>
            engine.Run(scenario, files, 0, count, done, interrupted));
        return (results, null, true);
    }
}
