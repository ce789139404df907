using System.CommandLine;
using System.Diagnostics;
using Corridors.Cluster.Hosting;
using Corridors.Core.Experiments;
using Corridors.Core.World;
using static System.FormattableString;

namespace Corridors.Cli.Commands;

/// <summary>
/// `corridors bench cluster`: what going through Orleans costs. The embedded silo's start (cold, in this
/// process) and, round by round, the same replications run by the kernel directly (in parallel on every
/// core) and through the embedded silo's grains and workers, with the overhead in per cent. Each round
/// uses a new seed, so the silo cannot answer from an earlier experiment. With --scaling see
/// <see cref="BenchClusterScaling"/>; with --startup, <see cref="BenchClusterStartup"/>.
/// </summary>
internal static class BenchClusterCommand
{
    public static Command Create(CliConsole console)
    {
        var scenario = new Option<string>("--scenario") { Description = "The scenario.", DefaultValueFactory = _ => Path.Combine("scenarios", "caspian-baseline.yaml") };
        var replications = new Option<int?>("--replications", "-n") { Description = "Replications per round and way (default: two per core; 40 with --scaling)." };
        var rounds = new Option<int>("--rounds") { Description = "Rounds (the median is reported).", DefaultValueFactory = _ => 3 };
        var warmup = new Option<int>("--warmup") { Description = "With --scaling: replications every silo runs before the timed rounds.", DefaultValueFactory = _ => 20 };
        var scaling = new Option<bool>("--scaling")
        {
            Description = "Instead: one silo process against two (`corridors silo --workers 1`, on a redis-server this benchmark starts), the same experiment timed from submission to the last result.",
        };
        var startup = new Option<bool>("--startup")
        {
            Description = "Instead: what the embedded silo adds to a whole `corridors run SCENARIO --out DIR` (default: the scenario's replications), against the same work without Orleans, in fresh processes.",
        };
        var command = new Command("cluster", "Embedded silo start time and per-replication overhead of running through Orleans grains; with --scaling, one silo process against two; with --startup, what the silo adds to a run.")
        {
            scenario, replications, rounds, scaling, warmup, startup,
        };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(replications) ?? (parse.GetValue(scaling) ? 40 : 2 * Environment.ProcessorCount);
            if (n < 1 || parse.GetValue(rounds) < 1 || parse.GetValue(warmup) < 1)
            {
                console.Error.WriteLine("error: --replications, --rounds and --warmup must be ≥ 1");
                return ExitCodes.UserMistake;
            }

            if (parse.GetValue(startup))
            {
                if (parse.GetValue(scaling))
                {
                    console.Error.WriteLine("error: --startup and --scaling both given; expected one of them");
                    return ExitCodes.UserMistake;
                }

                // Checked here, so that a scenario with a mistake is one line, not a failed child process.
                return ScenarioInput.Load(parse.GetValue(scenario)!, console) is { } toStart && ScenarioInput.Compile(toStart.Model, console) is not null
                    ? BenchClusterStartup.Execute(parse.GetValue(scenario)!, parse.GetValue(replications), parse.GetValue(rounds), console).GetAwaiter().GetResult()
                    : ExitCodes.UserMistake;
            }

            if (parse.GetValue(scaling))
            {
                return ScenarioInput.Load(parse.GetValue(scenario)!, console) is { } toScale && ScenarioInput.Compile(toScale.Model, console) is { } compiledToScale
                    ? Scale(toScale, compiledToScale, n, parse.GetValue(rounds), parse.GetValue(warmup), console)
                    : ExitCodes.UserMistake;
            }

            var silo = Time(() => EmbeddedSilo.StartAsync(Environment.ProcessorCount, SiloLogging.Quiet).GetAwaiter().GetResult(), out var start);
            console.Out.WriteLine(Invariant($"embedded-silo-start-s: {start:0.000}"));
            if (ScenarioInput.Load(parse.GetValue(scenario)!, console) is not { } loaded || ScenarioInput.Compile(loaded.Model, console) is not { } compiled)
            {
                return ExitCodes.UserMistake;
            }

            Execute(silo, compiled, n, parse.GetValue(rounds), console);
            silo.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return ExitCodes.Success;
        });
        return command;
    }

    private static int Scale(LoadedScenario loaded, CompiledScenario compiled, int n, int rounds, int warmup, CliConsole console)
    {
        try
        {
            return BenchClusterScaling.Execute(loaded, compiled, n, rounds, warmup, console).GetAwaiter().GetResult();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            console.Error.WriteLine($"error: cannot start redis-server ({ex.Message}); expected Debian's redis-server on the PATH (apt-get install redis-server)");
            return ExitCodes.UserMistake;
        }
    }

    private static void Execute(EmbeddedSilo silo, CompiledScenario compiled, int n, int rounds, CliConsole console)
    {
        var client = new ExperimentClient(silo.Grains);
        var overheads = new List<double>();
        double direct = 0, grains = 0;
        for (var round = 0; round <= rounds; round++)
        {
            // Round 0 is not reported: it compiles the kernel's and Orleans' code paths.
            var model = compiled.Model with { Experiment = compiled.Model.Experiment with { Seed = compiled.Model.Experiment.Seed + 1000 + (ulong)round } };
            var scenario = CompiledScenario.Compile(model, Core.Routing.RouteProviders.Default(model));
            var count = round == 0 ? Environment.ProcessorCount : n;
            var directCpu = Cpu(() => Time(() => MonteCarloRunner.Run(scenario, 0, count, Environment.ProcessorCount), out direct));
            var request = ExperimentRequests.For(scenario, [], 0, count);
            silo.Scenarios.Add(request.Key, scenario);
            var grainsCpu = Cpu(() => Time(() => client.RunAsync(request, null).GetAwaiter().GetResult(), out grains));
            if (round > 0)
            {
                // CPU time is the steadier measure on a shared machine: other processes stretch wall time, not ours.
                var overhead = (grainsCpu - directCpu) / directCpu;
                overheads.Add(overhead);
                console.Out.WriteLine(Invariant($"round {round}: {count} replications, kernel-direct: {direct:0.000} s ({directCpu:0.000} s CPU), through-grains: {grains:0.000} s ({grainsCpu:0.000} s CPU), CPU overhead: {overhead * 100:+0.0;-0.0} %"));
            }
        }

        overheads.Sort();
        console.Out.WriteLine(Invariant($"median-cpu-overhead: {overheads[overheads.Count / 2] * 100:+0.0;-0.0} %"));
    }

    private static double Cpu(Action work)
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        work();
        return (Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds;
    }

    private static T Time<T>(Func<T> work, out double seconds)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        seconds = clock.Elapsed.TotalSeconds;
        return result;
    }
}
