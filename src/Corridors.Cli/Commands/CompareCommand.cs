using System.CommandLine;
using Corridors.Cli.Cluster;
using Corridors.Cli.Output;
using Corridors.Cluster.Hosting;
using Corridors.Core.Analysis;
using Corridors.Core.Experiments;
using Corridors.Core.Reports;
using Corridors.Core.Results;
using Spectre.Console;

namespace Corridors.Cli.Commands;

/// <summary>
/// `corridors compare BASE ALT...`: runs every scenario with the same seed and replication numbers
/// (common random numbers) and reports, per headline figure, ALT − BASE with a paired confidence
/// interval, the relative change and whether it is significant.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(CliConsole console)
    {
        var baseline = new Argument<string>("base") { Description = "The base scenario." };
        var alternatives = new Argument<string[]>("alternatives") { Description = "One or more alternative scenarios.", Arity = ArgumentArity.OneOrMore };
        var replications = new Option<int?>("--replications", "-n") { Description = "Replications of each (default: the base's)." };
        var parallel = new Option<int>("--parallel", "-p") { Description = "Replications at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var seed = new Option<ulong?>("--seed") { Description = "Seed of every scenario (default: the base's)." };
        var output = new Option<string?>("--out", "-o") { Description = "Folder for compare.csv." };
        var engineOptions = new EngineOptions();
        var command = new Command("compare", "Compare alternatives with a base scenario using common random numbers and paired intervals.")
        {
            baseline, alternatives, replications, parallel, seed, output,
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

            return Execute([.. loaded.Select(l => (Name(l.Path), l.Scenario!))], n, p, parse.GetValue(output), console, parse.GetValue(seed), engine);
        });
        return command;
    }

    /// <summary>Runs and compares; the first scenario is the base; every scenario runs with <paramref name="seed"/> (default: the base's). Returns the exit code.</summary>
    public static int Execute(IReadOnlyList<(string Name, LoadedScenario Scenario)> scenarios, int? replications, int parallel, string? outputDirectory, CliConsole console, ulong? seed = null, ExperimentEngine? engine = null)
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
        var terminal = TerminalWriter.Over(console.Out);
        terminal.WriteLine(FormattableString.Invariant($"Base {scenarios[0].Name}; {n} replications each with seed {commonSeed} (common random numbers); ± is the 95 % paired half-width."));
        foreach (var (name, differences) in comparisons)
        {
            terminal.WriteLine();
            terminal.Write(Table(name, differences.Where(d => (Measures.IsHeadline(d.Key) || IsRouteShift(d)) && d.Difference.N > 0)));
        }

        if (outputDirectory is not null)
        {
            ComparisonOutputs.Write(outputDirectory, [.. scenarios.Select(s => s.Name)], [.. scenarios.Select(s => s.Scenario.Model)], comparisons,
                [.. scenarios.SelectMany(s => s.Scenario.Files).Distinct()], commonSeed, n, CliVersion.Current);
            console.Error.WriteLine($"wrote {Path.Combine(outputDirectory, "compare.csv")} and {Report.ComparisonReport.Write(outputDirectory)}");
        }

        return 0;
    }

    private static Table Table(string alternative, IEnumerable<PairedDifference> differences)
    {
        var table = new Table { Border = TableBorder.Simple, Title = new TableTitle(Markup.Escape($"{alternative} − base")) };
        table.AddColumns("figure", "base", "alternative", "difference", "change", "significant");
        foreach (var d in differences)
        {
            table.AddRow(new Text(d.Key.ToString()), new Text(Figures.Number(d.BaseMean)), new Text(Figures.Number(d.AltMean)),
                new Text(Figures.WithInterval(d.Difference)),
                new Text(double.IsFinite(d.RelativeChange) ? FormattableString.Invariant($"{d.RelativeChange * 100:+0.0;-0.0;0.0} %") : "–"),
                new Text(d.IsSignificant ? "yes" : "no"));
        }

        for (var i = 1; i < table.Columns.Count; i++)
        {
            table.Columns[i].RightAligned();
        }

        return table;
    }

    // Shares of named routes are listed when they shift significantly: where the alternative sends the cargo instead.
    private static bool IsRouteShift(PairedDifference d) => d.Key.Scope == RouteChoiceMetrics.RouteScope && d.Key.Measure == "share" && d.IsSignificant;

    private static string Name(string path) => Path.GetFileNameWithoutExtension(path);
}
