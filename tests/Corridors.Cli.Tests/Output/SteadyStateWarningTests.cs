using Corridors.Cli.Commands;
using Corridors.Core.Model;
using Corridors.Kernel.Distributions;
using Corridors.Testing;

namespace Corridors.Cli.Tests.Output;

public sealed class SteadyStateWarningTests
{
    [Fact]
    public void Run_BerthSlowerThanItsArrivals_WarnsOnTheFirstLineBeforeTheTables()
    {
        // One-tonne shipments every 10 h, a berth of 20 h: after the warm-up 45 of 90 are delivered, 50 % short.
        var output = Run(new TestModel { Horizon = 1000, Warmup = 100 }
            .Zone("source").Port("port", 1, new ConstantDistribution(20)).City("sink")
            .Link("source", "port", TransportMode.Sea).Link("port", "sink")
            .Flow("source", "sink", 0.1, ArrivalProcess.Fixed));

        var lines = output.Split('\n');
        Assert.Equal(
            "WARNING: no steady state: deliveries fell 50.0 % short of the tonnes generated after the warm-up; the backlog grows at port (busy 100.0 %); "
            + "transit times of source->sink:goods and waits at these places are not settled results: they grow with the horizon, since demand exceeds capacity (summary.json: steady_state).",
            lines[0]);
        Assert.Equal("", lines[1]);
        Assert.StartsWith("test: 2 replications", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BerthFasterThanItsArrivals_DoesNotWarn()
    {
        var output = Run(new TestModel { Horizon = 1000, Warmup = 100 }
            .Zone("source").Port("port", 1, new ConstantDistribution(5)).City("sink")
            .Link("source", "port", TransportMode.Sea).Link("port", "sink")
            .Flow("source", "sink", 0.1, ArrivalProcess.Fixed));

        Assert.StartsWith("test: 2 replications", output, StringComparison.Ordinal);
        Assert.DoesNotContain("WARNING", output, StringComparison.Ordinal);
    }

    private static string Run(TestModel model)
    {
        var (exit, output, _) = Support.CliRun.Capture(console =>
            RunCommand.Execute(new LoadedScenario(model.Build(), []), new RunOptions(2, null, 500, null, 1, null), console, ["run", "test.yaml"]));
        Assert.Equal(0, exit);
        return output;
    }
}
