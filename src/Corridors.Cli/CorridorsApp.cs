using System.CommandLine;
using Corridors.Cli.Commands;

namespace Corridors.Cli;

/// <summary>The `corridors` command tree. Each command lives in Commands/ and stays thin.</summary>
internal static class CorridorsApp
{
    /// <summary>Parses <paramref name="args"/>, runs the chosen command and returns the process exit code.</summary>
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("Corridors: simulate freight corridors across the Caspian region.");
        root.Subcommands.Add(RoutesCommand.Create(console));
        root.Subcommands.Add(CapacityCommand.Create(console));
        root.Subcommands.Add(BenchCommand.Create(console));

        var config = new InvocationConfiguration { Output = console.Out, Error = console.Error };
        return root.Parse(args).Invoke(config);
    }
}
