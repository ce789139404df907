using System.CommandLine;
using Corridors.Cli.Commands;
using Corridors.Cluster.Hosting;

namespace Corridors.Cli;

/// <summary>The `corridors` command tree. Each command lives in Commands/ and stays thin.</summary>
internal static class CorridorsApp
{
    /// <summary>Parses <paramref name="args"/>, runs the chosen command and returns the process exit code.</summary>
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("Corridors: simulate freight corridors across the Caspian region.");
        root.Subcommands.Add(RunCommand.Create(console));
        root.Subcommands.Add(CompareCommand.Create(console));
        root.Subcommands.Add(BatchCommand.Create(console));
        root.Subcommands.Add(ReportCommand.Create(console));
        root.Subcommands.Add(RoutesCommand.Create(console));
        root.Subcommands.Add(CapacityCommand.Create(console));
        root.Subcommands.Add(NetworkCommand.Create(console));
        root.Subcommands.Add(WarmupCommand.Create(console));
        root.Subcommands.Add(BenchCommand.Create(console));
        root.Subcommands.Add(ValidateCommand.Create(console));
        root.Subcommands.Add(SiloCommand.Create(console));
        root.Subcommands.Add(StatusCommand.Create(console));
        root.Subcommands.Add(ServeCommand.Create(console));

        var config = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var message in ParseErrors.Describe(parse))
            {
                console.Error.WriteLine($"error: {message}");
            }

            console.Error.WriteLine($"Run '{ParseErrors.CommandPath(parse.CommandResult)} --help' for usage.");
            return ExitCodes.UserMistake;
        }

        try
        {
            return parse.Invoke(config);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ClusterUnavailableException or ExperimentRejectedException)
        {
            // A path the user gave cannot be read or written, the cluster they named is not there or refused
            // their scenario: their mistake, not a bug.
            console.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.UserMistake;
        }
        catch (Exception ex) when (Environment.GetEnvironmentVariable("CORRIDORS_DEBUG") != "1")
        {
            console.Error.WriteLine($"internal error: {ex.GetType().Name}: {ex.Message}");
            console.Error.WriteLine("This is a bug in corridors; please report it with the command line. Set CORRIDORS_DEBUG=1 to see where it happened.");
            return ExitCodes.InternalError;
        }
    }
}
