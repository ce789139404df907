using System.Diagnostics;
using System.Globalization;
using Corridors.Cli.Bench;
using Corridors.Cluster.Contracts;
using Corridors.Cluster.Hosting;
using Corridors.Core.World;
using Microsoft.Extensions.Hosting;
using static Corridors.Cli.Bench.RoundFigures;
using static System.FormattableString;

namespace Corridors.Cli.Commands;

/// <summary>
/// `corridors bench cluster --scaling`: how much sooner two silo processes with one worker each finish an
/// experiment than one. It starts two clusters on this machine, each with its own redis-server: one with
/// one `corridors silo --workers 1`, one with two. Every silo first runs some replications (a fresh silo
/// spends its first tens of replications JIT-compiling in the background). Then, round by round and in
/// alternating order so that a change in the machine's load hits both alike, it times the same number of
/// replications on each cluster — a new seed each time, so storage never answers — from submission to
/// the last result read, with the CPU time every process used meanwhile (the idle cluster's included) and
/// the cores the silos had (their CPU time over the wall time: on a shared machine, whether the second
/// core was theirs to use).
/// </summary>
internal static class BenchClusterScaling
{
    private static readonly TimeSpan Limit = TimeSpan.FromHours(2);

    public static async Task<int> Execute(LoadedScenario loaded, CompiledScenario compiled, int replications, int rounds, int warmup, CliConsole console)
    {
        using var deadline = new CancellationTokenSource(Limit);
        var token = deadline.Token;
        var starting = new[] { Side.StartAsync(1, token), Side.StartAsync(2, token) };
        try
        {
            await Task.WhenAll(starting);
        }
        catch
        {
            foreach (var started in starting.Where(s => s.IsCompletedSuccessfully))
            {
                started.Result.Dispose();
            }

            throw;
        }

        using var one = starting[0].Result;
        using var two = starting[1].Result;
        var template = ExperimentRequests.For(compiled, loaded.Files, 0, replications);
        var seed = compiled.Model.Experiment.Seed + 1000;
        ExperimentRequest Next(int count)
        {
            var model = compiled.Model with { Experiment = compiled.Model.Experiment with { Seed = ++seed } };
            return template with { Key = ExperimentKey.Of(model), Seed = seed, Count = count };
        }

        console.Out.WriteLine(Invariant($"scaling: {replications} replications of {compiled.Model.Name} on one silo and on two (one worker each), {rounds} rounds, after {warmup} replications per silo to warm up"));
        await Task.WhenAll(one.Client.RunAsync(Next(warmup), null, token), two.Client.RunAsync(Next(2 * warmup), null, token));
        var times = new Dictionary<Side, List<double>> { [one] = [], [two] = [] };
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var (side, idle) in round % 2 == 1 ? new[] { (one, two), (two, one) } : [(two, one), (one, two)])
            {
                times[side].Add(await Measure(side, idle, Next(replications), round, console, token));
            }
        }

        console.Out.WriteLine(Invariant($"one-silo-s: {Seconds(times[one])} (median {Median(times[one]):0.00})"));
        console.Out.WriteLine(Invariant($"two-silos-s: {Seconds(times[two])} (median {Median(times[two]):0.00})"));
        console.Out.WriteLine(Invariant($"speed-up: {Median(times[one]) / Median(times[two]):0.00}x (median over median; by round: {string.Join(' ', times[one].Zip(times[two], (a, b) => (a / b).ToString("0.00", CultureInfo.InvariantCulture)))})"));
        await Task.WhenAll(one.StopAsync(), two.StopAsync());
        return ExitCodes.Success;
    }

    // Wall time from submission to the last result read; CPU of every process over the same span.
    private static async Task<double> Measure(Side side, Side idle, ExperimentRequest request, int round, CliConsole console, CancellationToken token)
    {
        var load = LoadAverage();
        var silos = side.Cluster.Silos.Select(s => s.Cpu).ToList();
        var (redis, idleCpu, self) = (side.Cluster.Redis.Cpu, idle.Cluster.Cpu, Process.GetCurrentProcess().TotalProcessorTime);
        var clock = Stopwatch.StartNew();
        await side.Client.RunAsync(request, null, token);
        var wall = clock.Elapsed.TotalSeconds;
        var silosCpu = side.Cluster.Silos.Select((s, i) => (s.Cpu - silos[i]).TotalSeconds).ToList();
        console.Out.WriteLine(Invariant(
            $"round {round}, {side.Cluster.Silos.Count} silo(s): {request.Count} replications in {wall:0.00} s; CPU s: silos {string.Join(" + ", silosCpu.Select(c => c.ToString("0.0", CultureInfo.InvariantCulture)))}, redis {(side.Cluster.Redis.Cpu - redis).TotalSeconds:0.0}, client {(Process.GetCurrentProcess().TotalProcessorTime - self).TotalSeconds:0.0}, idle cluster {(idle.Cluster.Cpu - idleCpu).TotalSeconds:0.0}; the silos had {silosCpu.Sum() / wall:0.00} cores; load average before {load}"));
        return wall;
    }

    // The machine's 1-minute load average: other processes on the cores are what this benchmark is most sensitive to.
    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    // One cluster of the comparison and this process's client of it.
    private sealed class Side(LocalCluster cluster, IHost host) : IDisposable
    {
        public LocalCluster Cluster => cluster;

        public ExperimentClient Client { get; } = new(RedisClient.Client(host));

        public static async Task<Side> StartAsync(int silos, CancellationToken token)
        {
            var cluster = await LocalCluster.StartAsync(silos, token);
            try
            {
                return new Side(cluster, await RedisClient.ConnectAsync(cluster.Address, LocalCluster.ClusterId, SiloLogging.Quiet));
            }
            catch
            {
                cluster.Dispose();
                throw;
            }
        }

        public Task StopAsync() => host.StopAsync(CancellationToken.None);

        public void Dispose()
        {
            host.Dispose();
            cluster.Dispose();
        }
    }
}
