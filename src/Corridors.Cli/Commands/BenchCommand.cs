using System.CommandLine;

namespace Corridors.Cli.Commands;

/// <summary>`corridors bench ...`: speed measurements that print comparable figures.</summary>
internal static class BenchCommand
{
    public static Command Create(CliConsole console)
    {
        var bench = new Command("bench", "Measure the speed of the simulation kernel, the routing engine and the Orleans layer.");
        bench.Subcommands.Add(BenchKernelCommand.Create(console));
        bench.Subcommands.Add(BenchRoutingCommand.Create(console));
        bench.Subcommands.Add(BenchScalingCommand.Create(console));
        bench.Subcommands.Add(BenchClusterCommand.Create(console));
        bench.Subcommands.Add(BenchRunWithoutSiloCommand.Create(console));
        return bench;
    }
}
