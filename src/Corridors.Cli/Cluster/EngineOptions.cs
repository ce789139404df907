using System.CommandLine;
using Corridors.Cluster.Hosting;

namespace Corridors.Cli.Cluster;

/// <summary>The options every command that runs experiments shares, and the engine they choose.</summary>
internal static class EngineOptions
{
    /// <summary>Creates the --verbose option: Orleans' own log lines on standard error.</summary>
    public static Option<bool> Verbose() => new("--verbose") { Description = "Show the Orleans runtime's log lines on standard error." };

    /// <summary>Starts the engine the parsed options ask for (the embedded silo with --parallel workers).</summary>
    public static ExperimentEngine Engine(ParseResult parse, Option<int> parallel, Option<bool> verbose, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(console);
        var workers = Math.Max(1, parse.GetValue(parallel));
        return ExperimentEngine.Embedded(workers, new SiloLogging(parse.GetValue(verbose), console.Error));
    }
}
