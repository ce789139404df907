using System.CommandLine;
using Corridors.Cli.Cluster;
using Corridors.Cluster.Contracts;
using Corridors.Cluster.Hosting;
using Corridors.Core.Model;

namespace Corridors.Cli.Commands;

/// <summary>
/// `corridors status --cluster … [EXPERIMENT [NODE]]`: asks a cluster's grains what they know — every
/// experiment and its progress; one experiment's facilities and corridors; one facility's (or
/// corridor's) figures so far, with 95 % intervals. EXPERIMENT may be abbreviated to its first characters.
/// </summary>
internal static class StatusCommand
{
    public static Command Create(CliConsole console)
    {
        var engine = new EngineOptions();
        var experiment = new Argument<string?>("experiment") { Description = "An experiment key (or its first characters).", Arity = ArgumentArity.ZeroOrOne };
        var node = new Argument<string?>("node") { Description = "A facility (node id) or corridor (origin->destination:commodity) of it.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("status", "Ask a cluster about its experiments, an experiment's facilities, or one facility's figures so far.") { experiment, node };
        engine.AddTo(command);
        command.SetAction(parse =>
        {
            if (!engine.TryRequiredAddress(parse, console, "ask", out var address))
            {
                return ExitCodes.UserMistake;
            }

            using var host = RedisClient.ConnectAsync(address, parse.GetValue(engine.ClusterId)!, engine.Logging(parse, console)).GetAwaiter().GetResult();
            return Execute(RedisClient.Client(host), parse.GetValue(experiment), parse.GetValue(node), console).GetAwaiter().GetResult();
        });
        return command;
    }

    /// <summary>Answers from the grains of <paramref name="grains"/>; returns the exit code.</summary>
    public static async Task<int> Execute(IGrainFactory grains, string? experiment, string? node, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(console);
        var keys = await grains.GetGrain<IWorkBoardGrain>(GrainKeys.Board).Experiments();
        if (experiment is null)
        {
            console.Out.WriteLine(keys.Count == 0 ? "no experiments in this cluster yet" : "experiment    done/wanted  scenario");
            foreach (var key in keys)
            {
                var p = await grains.GetGrain<IExperimentGrain>(key).Progress();
                console.Out.WriteLine(FormattableString.Invariant($"{ExperimentKey.Abbreviate(key)}  {p.Done,5}/{p.Target,-6} {p.Name}"));
            }

            return ExitCodes.Success;
        }

        var matches = keys.Where(k => k.StartsWith(experiment, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count != 1 || await grains.GetGrain<IExperimentGrain>(matches[0]).Status() is not { } status)
        {
            var why = matches.Count > 1 ? $"'{experiment}' names {matches.Count} experiments; expected more of its characters" : $"no experiment '{experiment}' in this cluster; {await Known(grains, keys)}";
            console.Error.WriteLine($"error: {why}");
            return ExitCodes.UserMistake;
        }

        return node is null ? List(status, console) : await Figures(grains, status, node, console);
    }

    // The experiments an unknown key could have meant: a few by name, or where to see them all.
    private static async Task<string> Known(IGrainFactory grains, IReadOnlyList<string> keys)
    {
        const int Shown = 3;
        if (keys.Count == 0)
        {
            return "it has none yet";
        }

        var named = await Task.WhenAll(keys.Take(Shown).Select(async k => $"{ExperimentKey.Abbreviate(k)} ({(await grains.GetGrain<IExperimentGrain>(k).Progress()).Name})"));
        var more = keys.Count > Shown ? $" and {keys.Count - Shown} more (`corridors status` lists them)" : "";
        return $"expected one of {string.Join(", ", named)}{more}";
    }

    private static int List(ExperimentStatus status, CliConsole console)
    {
        var p = status.Progress;
        console.Out.WriteLine(FormattableString.Invariant($"experiment {p.Key} ({p.Name}): {p.Done} of {p.Target} replications recorded, {p.Repeats} run twice; held by silo {status.Silo}"));
        console.Out.WriteLine("facilities:");
        foreach (var f in status.Facilities)
        {
            console.Out.WriteLine($"  {f.Id,-28} {f.Kind,-18} {f.Name}");
        }

        console.Out.WriteLine("corridors:");
        foreach (var c in status.Corridors)
        {
            console.Out.WriteLine($"  {c}");
        }

        return ExitCodes.Success;
    }

    private static async Task<int> Figures(IGrainFactory grains, ExperimentStatus status, string node, CliConsole console)
    {
        var key = status.Progress.Key;
        IFiguresGrain? grain = status.Facilities.Any(f => f.Id == node) ? grains.GetGrain<IFacilityGrain>(GrainKeys.Facility(key, node))
            : status.Corridors.Contains(node) ? grains.GetGrain<ICorridorGrain>(GrainKeys.Corridor(key, node))
            : null;
        if (grain is null)
        {
            var ids = status.Facilities.Select(f => f.Id).Concat(status.Corridors);
            console.Error.WriteLine($"error: experiment {ExperimentKey.Abbreviate(key)} has no facility or corridor '{node}'{Suggestions.DidYouMean(node, ids)}");
            return ExitCodes.UserMistake;
        }

        var report = await grain.Report();
        console.Out.WriteLine(FormattableString.Invariant($"{report.Id}: {report.Description}; {report.Replications} replications so far"));
        foreach (var row in report.Figures)
        {
            var value = row.N == 0 ? "–" : Figures(row);
            console.Out.WriteLine($"  {row.Name,-28} {value}");
        }

        return ExitCodes.Success;
    }

    private static string Figures(FigureRow row) => double.IsFinite(row.HalfWidth)
        ? $"{Output.Figures.Number(row.Mean)} ± {Output.Figures.Number(row.HalfWidth)}"
        : Output.Figures.Number(row.Mean);
}
