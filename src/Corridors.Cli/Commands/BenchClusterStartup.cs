using System.Diagnostics;
using System.Globalization;
using Corridors.Cli.Bench;
using static Corridors.Cli.Bench.RoundFigures;
using static System.FormattableString;

namespace Corridors.Cli.Commands;

/// <summary>
/// `corridors bench cluster --startup`: what the embedded silo adds to a whole `corridors run SCENARIO --out DIR`.
/// Round by round, in fresh processes and alternating order (AB, BA, …: a change in the machine's load hits
/// both alike), it times the real `run` (the embedded silo starts while the scenario loads and compiles) and
/// `bench run-without-silo`, which does the same load, compile, replications (same workers) and writers with
/// the kernel called directly. Per process: wall time from start to exit, CPU time (user + system) and when it
/// reached each phase; the outputs of the two are compared byte for byte, to show they did the same work. A
/// first pair, not reported, brings the program's files into the page cache.
/// </summary>
internal static class BenchClusterStartup
{
    private static readonly TimeSpan Limit = TimeSpan.FromHours(1);
    private static readonly Dictionary<string, string> Marks = new() { [PhaseMarks.Variable] = "1" };

    public static async Task<int> Execute(string scenario, int? replications, int rounds, CliConsole console)
    {
        using var deadline = new CancellationTokenSource(Limit);
        var folder = Directory.CreateTempSubdirectory("corridors-startup-").FullName;
        try
        {
            console.Out.WriteLine(Invariant($"startup: `corridors run {scenario} --out DIR` (embedded silo) against `bench run-without-silo` (the same work, no Orleans), fresh processes, {rounds} round(s) after one not reported"));
            var sides = new Dictionary<Side, List<Timing>> { [Side.Run] = [], [Side.WithoutSilo] = [] };
            var identical = true;
            for (var round = 0; round <= rounds; round++)
            {
                var order = round % 2 == 1 ? new[] { Side.Run, Side.WithoutSilo } : [Side.WithoutSilo, Side.Run];
                var timings = new Dictionary<Side, Timing>();
                foreach (var side in order)
                {
                    var output = Path.Combine(folder, $"{side}-{round}");
                    if (await Time(side, scenario, replications, output, console, deadline.Token) is not { } timing)
                    {
                        return ExitCodes.Failed;
                    }

                    timings[side] = timing;
                }

                var (same, compared) = SameOutputs(Path.Combine(folder, $"{Side.Run}-{round}"), Path.Combine(folder, $"{Side.WithoutSilo}-{round}"));
                identical &= same;
                if (round == 0)
                {
                    continue;
                }

                foreach (var side in order)
                {
                    sides[side].Add(timings[side]);
                    console.Out.WriteLine(Invariant($"round {round}, {Name(side)}: {timings[side].Wall:0.00} s wall, {Cpu(timings[side].Cpu)} CPU; {Phases(timings[side].Phases)}"));
                }

                console.Out.WriteLine(Invariant($"round {round}, outputs: {(same ? "the same bytes" : "DIFFERENT")} ({compared})"));
            }

            Report(sides, identical, console);
            return identical ? ExitCodes.Success : ExitCodes.Failed;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Report(Dictionary<Side, List<Timing>> sides, bool identical, CliConsole console)
    {
        foreach (var (side, timings) in sides)
        {
            var phases = timings[0].Phases.Select(p => p.Name).Where(n => timings.All(t => t.Phases.Any(p => p.Name == n)))
                .Select(n => (n, Median(timings.Select(t => t.Phases.First(p => p.Name == n).At))));
            console.Out.WriteLine(Invariant($"{Name(side)}-s: wall {Seconds(timings.Select(t => t.Wall))} (median {Median(timings.Select(t => t.Wall)):0.00}); CPU {Seconds(timings.Select(t => t.Cpu ?? double.NaN))} (median {Cpu(Median(timings.Select(t => t.Cpu ?? double.NaN)))}); phases (medians) {Phases(phases)}"));
        }

        var wall = sides[Side.Run].Zip(sides[Side.WithoutSilo], (a, b) => a.Wall - b.Wall).ToList();
        var cpu = sides[Side.Run].Zip(sides[Side.WithoutSilo], (a, b) => (a.Cpu - b.Cpu) ?? double.NaN).ToList();
        console.Out.WriteLine(Invariant($"outputs: {(identical ? "summary.json and every CSV file the same bytes in every round: both did the same work" : "DIFFERENT in some round: the comparison is void")}"));
        console.Out.WriteLine(Invariant($"silo-adds: {Median(wall):0.00} s wall (median), {Cpu(Median(cpu))} CPU (median); by round: wall {Seconds(wall)}, CPU {Seconds(cpu)}"));
    }

    // One fresh process of a side, from its start to its exit.
    private static async Task<Timing?> Time(Side side, string scenario, int? replications, string output, CliConsole console, CancellationToken token)
    {
        string[] count = replications is { } n ? ["-n", n.ToString(CultureInfo.InvariantCulture)] : [];
        string[] arguments = side == Side.Run ? ["run", scenario, "--out", output, .. count] : ["bench", "run-without-silo", scenario, "--out", output, .. count];
        var cpu = ChildrenCpu.Seconds();
        var clock = Stopwatch.StartNew();
        using var child = ChildProcess.Corridors(Marks, arguments);
        var exit = await child.Exit(token);
        var wall = clock.Elapsed.TotalSeconds;
        var used = ChildrenCpu.Seconds() - cpu;
        if (exit != ExitCodes.Success)
        {
            await console.Error.WriteLineAsync($"error: `corridors {string.Join(' ', arguments)}` exited with {exit}:\n{child.Output}");
            return null;
        }

        return new Timing(wall, used, PhasesOf(child.Lines));
    }

    // When the process reached each phase: its own marks, its first and last progress lines, the line after the outputs were written.
    private static List<(string Name, double At)> PhasesOf(IReadOnlyList<(TimeSpan At, string Text)> lines)
    {
        var phases = new List<(string Name, double At)>();
        var progress = lines.Select((l, i) => (l.Text, Index: i)).Where(l => l.Text.StartsWith("replicating: ", StringComparison.Ordinal)).Select(l => l.Index).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var (at, text) = lines[i];
            if (text.StartsWith(PhaseMarks.Prefix, StringComparison.Ordinal))
            {
                phases.Add((text[PhaseMarks.Prefix.Length..], at.TotalSeconds));
            }
            else if (text.StartsWith("wrote ", StringComparison.Ordinal))
            {
                phases.Add(("written", at.TotalSeconds));
            }

            // The first progress line comes after the first replication (with few replications) or the first
            // tenth; when the replications finish together it is also the last, and stands for both phases.
            if (progress.Count > 0 && i == progress[0])
            {
                phases.Add(("first-progress", at.TotalSeconds));
            }

            if (progress.Count > 0 && i == progress[^1])
            {
                phases.Add(("all-done", at.TotalSeconds));
            }
        }

        return phases;
    }

    // summary.json and every CSV file, byte for byte.
    private static (bool Same, string Compared) SameOutputs(string run, string without)
    {
        var files = Directory.GetFiles(run, "*.csv").Append(Path.Combine(run, "summary.json")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var differ = files.Where(f => !File.Exists(Path.Combine(without, f!)) || !File.ReadAllBytes(Path.Combine(run, f!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(without, f!)))).ToList();
        var compared = differ.Count == 0 ? $"{files.Count} files: {string.Join(' ', files)}" : $"differ: {string.Join(' ', differ)}";
        return (differ.Count == 0 && files.Count > 1, compared);
    }

    private static string Name(Side side) => side == Side.Run ? "run" : "without-silo";

    private static string Phases(IEnumerable<(string Name, double At)> phases) =>
        string.Join(", ", phases.Select(p => Invariant($"{p.Name} {p.At:0.00}")));

    private static string Cpu(double? seconds) => seconds is { } s && !double.IsNaN(s) ? Invariant($"{s:0.00} s") : "unknown";

    private enum Side
    {
        Run,
        WithoutSilo,
    }

    private sealed record Timing(double Wall, double? Cpu, List<(string Name, double At)> Phases);
}
