using System.CommandLine;

namespace Corridors.Cli.Commands;

/// <summary>`corridors bench ...`: speed measurements that print comparable figures.</summary>
internal static class BenchCommand
{
    public static Command Create(CliConsole console)
    {
        var bench = new Command("bench", "Measure the speed of the simulation kernel and the routing engine.");
        bench.Subcommands.Add(BenchKernelCommand.Create(console));
        bench.Subcommands.Add(BenchRoutingCommand.Create(console));
        bench.Subcommands.Add(BenchScalingCommand.Create(console));
        return bench;
    }
}
