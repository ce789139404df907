using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Corridors.Cli.Bench;
using Corridors.Core.Model;
using Corridors.Core.Routing;
using Corridors.Core.World;

namespace Corridors.Cli.Commands;

/// <summary>
/// `corridors bench scaling`: how run time, events and memory grow with demand (a scenario with every
/// flow ×1, ×2, ×4, ×8) and with network size (synthetic networks of 100, 1,000 and 10,000 nodes),
/// with the fitted slope of log run time against log size (1 = linear). Routing time is shown apart.
/// </summary>
internal static class BenchScalingCommand
{
    public static Command Create(CliConsole console)
    {
        var scenario = new Option<string?>("--scenario") { Description = "Scenario whose demand is scaled (default: scenarios/caspian-baseline.yaml if present)." };
        var factors = new Option<string>("--factors") { Description = "Demand factors.", DefaultValueFactory = _ => "1,2,4,8" };
        var sizes = new Option<string>("--sizes") { Description = "Synthetic network sizes (nodes).", DefaultValueFactory = _ => "100,1000,10000" };
        var command = new Command("scaling", "Run time, events and peak memory against demand and network size, with fitted slopes.")
        {
            scenario, factors, sizes,
        };
        command.SetAction(parse =>
        {
            if (!TryParseList(parse.GetValue(factors)!, out var f) || !TryParseList(parse.GetValue(sizes)!, out var s) || s.Any(n => n < 4))
            {
                console.Error.WriteLine("error: --factors and --sizes take comma-separated positive numbers (sizes ≥ 4), e.g. --factors 1,2,4,8");
                return ExitCodes.UserMistake;
            }

            var path = parse.GetValue(scenario) ?? Path.Combine("scenarios", "caspian-baseline.yaml");
            LoadedScenario? loaded = null;
            if (parse.GetValue(scenario) is not null || File.Exists(path))
            {
                loaded = ScenarioInput.Load(path, console);
                if (loaded is null)
                {
                    return ExitCodes.UserMistake;
                }
            }

            Execute(loaded?.Model, f, [.. s.Select(n => (int)n)], console);
            return 0;
        });
        return command;
    }

    /// <summary>Runs the cases and prints one line per case, then the slopes.</summary>
    public static void Execute(ScenarioModel? model, IReadOnlyList<double> factors, IReadOnlyList<int> sizes, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentNullException.ThrowIfNull(sizes);
        var o = console.Out;

        // One untimed run of a few million events first, so the first case measures the simulation and not the JIT.
        Measure(model ?? SyntheticNetwork.Build(1000, 1));
        if (model is not null)
        {
            var demand = factors.Select(f => (f, Steady(Scaled(model, f)))).ToList();
            foreach (var (f, m) in demand)
            {
                o.WriteLine(Line($"demand x{f}", m));
            }

            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"slope-time-vs-demand: {Slope(demand.Select(d => (d.f, d.Item2.Seconds))):0.00}"));
        }

        var networks = sizes.Select(n => ((double)n, Steady(SyntheticNetwork.Build(n, 1)))).ToList();
        foreach (var (n, m) in networks)
        {
            o.WriteLine(Line($"synthetic {n:0} nodes", m));
        }

        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"slope-time-vs-nodes: {Slope(networks.Select(d => (d.Item1, d.Item2.Seconds))):0.00}"));
    }

    private static ScenarioModel Scaled(ScenarioModel model, double factor) =>
        model with { Flows = [.. model.Flows.Select(f => f with { VolumePerYear = f.VolumePerYear * factor })] };

    // A case shorter than a second runs again, up to five times or a second in all, and the run with the
    // median events per CPU second stands for it: a 0.1 s case is otherwise at the mercy of one preemption
    // or a cold cache, and the ratio of two cases inherits that noise.
    private static (double Seconds, long Events, double PeakMegabytes, double CompileSeconds, double CpuSeconds) Steady(ScenarioModel model)
    {
        var runs = new List<(double Seconds, long Events, double PeakMegabytes, double CompileSeconds, double CpuSeconds)> { Measure(model) };
        while (runs.Count < 5 && runs.Sum(r => r.Seconds) < 1)
        {
            runs.Add(Measure(model));
        }

        return runs.OrderBy(r => r.Events / r.CpuSeconds).ElementAt(runs.Count / 2);
    }

    private static (double Seconds, long Events, double PeakMegabytes, double CompileSeconds, double CpuSeconds) Measure(ScenarioModel model)
    {
        GC.Collect();
        var peak = GC.GetTotalMemory(true);
        using var sampler = new Timer(_ => InterlockedMax(ref peak, GC.GetTotalMemory(false)), null, 0, 5);
        var clock = Stopwatch.StartNew();
        var scenario = CompiledScenario.Compile(model, RouteProviders.Default(model));
        var compile = clock.Elapsed.TotalSeconds;
        var cpuBefore = ThreadCpuSeconds();
        var result = ReplicationRunner.Run(scenario, 0);
        var seconds = clock.Elapsed.TotalSeconds - compile;
        var cpu = ThreadCpuSeconds() - cpuBefore;
        InterlockedMax(ref peak, GC.GetTotalMemory(false));
        return (seconds, result.Messages, peak / 1048576.0, compile, cpu);
    }

    // CPU time of this thread, which runs the replication (Linux; NaN elsewhere): on a shared machine it
    // moves far less than wall time when other work takes the cores, so ratios of it are steadier; the
    // JIT's background compiles and the GC's threads are left out.
    private static double ThreadCpuSeconds()
    {
        const int threadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID
        return OperatingSystem.IsLinux() && ClockGetTime(threadCpuClock, out var t) == 0 ? t.Seconds + (t.Nanoseconds / 1e9) : double.NaN;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static void InterlockedMax(ref long target, long value)
    {
        for (var seen = Interlocked.Read(ref target); value > seen; seen = Interlocked.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }

    // Least-squares slope of log y against log x.
    private static double Slope(IEnumerable<(double X, double Y)> points)
    {
        var p = points.Where(q => q.X > 0 && q.Y > 0).Select(q => (X: Math.Log(q.X), Y: Math.Log(q.Y))).ToList();
        if (p.Count < 2)
        {
            return double.NaN;
        }

        var mx = p.Average(q => q.X);
        var my = p.Average(q => q.Y);
        return p.Sum(q => (q.X - mx) * (q.Y - my)) / p.Sum(q => (q.X - mx) * (q.X - mx));
    }

    private static string Line(string name, (double Seconds, long Events, double PeakMegabytes, double CompileSeconds, double CpuSeconds) m) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{name}: seconds {m.Seconds:0.000} (+ {m.CompileSeconds:0.000} routing), events {m.Events}, events/s {m.Events / m.Seconds:0}, peak-managed-MB {m.PeakMegabytes:0.0}, cpu-seconds {m.CpuSeconds:0.000}, events/cpu-s {m.Events / m.CpuSeconds:0}");

    private static bool TryParseList(string text, out List<double> values)
    {
        values = [];
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !(v > 0))
            {
                return false;
            }

            values.Add(v);
        }

        return values.Count > 0;
    }
}
