using System.CommandLine;
using Corridors.Cli.Bench;
using Corridors.Cli.Output;
using Corridors.Core.Reports;
using Corridors.Core.Results;
using Corridors.Core.World;

namespace Corridors.Cli.Commands;

/// <summary>
/// `corridors bench run-without-silo SCENARIO --out DIR` (hidden): what `run SCENARIO --out DIR` does, without
/// Orleans — the other side of `bench cluster --startup`, which times both in fresh processes. It loads and
/// compiles the scenario, runs the same replications with the same parallelism as the embedded silo's workers
/// do (one long-running task per worker, each taking the next replication, calling the kernel directly), and
/// writes the same outputs through the same writers and the same tables. It is not a way to run scenarios:
/// `run` has one engine, the grains.
/// </summary>
internal static class BenchRunWithoutSiloCommand
{
    public static Command Create(CliConsole console)
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario file (YAML)." };
        var replications = new Option<int?>("--replications", "-n") { Description = "Number of replications (default: the scenario's)." };
        var parallel = new Option<int>("--parallel", "-p") { Description = "Workers.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var output = new Option<string>("--out", "-o") { Description = "Folder for the outputs.", Required = true };
        var command = new Command("run-without-silo", "What `run SCENARIO --out DIR` does, without Orleans (the other side of `bench cluster --startup`).")
        {
            scenario, replications, parallel, output,
        };
        command.Hidden = true;
        command.SetAction(parse =>
        {
            if (parse.GetValue(replications) is < 1 || parse.GetValue(parallel) < 1)
            {
                console.Error.WriteLine("error: --replications and --parallel must be ≥ 1");
                return ExitCodes.UserMistake;
            }

            // The same steps as run's, in the same order, with the same phase marks.
            var loaded = ScenarioInput.Load(parse.GetValue(scenario)!, console);
            PhaseMarks.Mark("loaded");
            if (loaded is null || !OutputFolder.TryPrepare(parse.GetValue(output)!, console))
            {
                return ExitCodes.UserMistake;
            }

            // run's default --series-step of one day.
            var model = loaded.Model with { Experiment = loaded.Model.Experiment with { SeriesStepHours = 24 } };
            if (ScenarioInput.Compile(model, console) is not { } compiled)
            {
                return ExitCodes.UserMistake;
            }

            PhaseMarks.Mark("compiled");
            var count = parse.GetValue(replications) ?? model.Experiment.Replications;
            var progress = new RunProgress(console);
            var results = progress.Track("replicating", count, done => Replicate(compiled, count, parse.GetValue(parallel), done));
            var directory = parse.GetValue(output)!;
            var summary = RunOutputs.Write(directory, compiled, results, loaded.Files, ToolVersion.Current, [.. parse.Tokens.Select(t => t.Value)]);
            SummaryTables.Write(TerminalWriter.Over(console.Out, console.Width), summary);
            RunCommand.WriteClosingLines(console, results, progress, directory);
            return summary.ConservationHolds ? ExitCodes.Success : ExitCodes.Failed;
        });
        return command;
    }

    // As the silo's workers: each a long-running task that takes the next replication until none is left.
    private static ReplicationResult[] Replicate(CompiledScenario scenario, int count, int workers, Action<long> completed)
    {
        var results = new ReplicationResult[count];
        var next = -1;
        var loops = Enumerable.Range(0, workers).Select(_ => Task.Factory.StartNew(() =>
        {
            for (var r = Interlocked.Increment(ref next); r < count; r = Interlocked.Increment(ref next))
            {
                results[r] = ReplicationRunner.Run(scenario, r);
                completed(results[r].Messages);
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        Task.WaitAll(loops);
        return results;
    }
}
