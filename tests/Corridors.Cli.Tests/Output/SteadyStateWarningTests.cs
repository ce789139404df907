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
        var output = RunWithBerthHours(20);

        var lines = output.Split('\n');
        Assert.Equal(
            "WARNING: no steady state: deliveries fell 50.0 % short of the tonnes generated after the warm-up; the backlog grows at port (busy 100.0 %); "
            + "transit times of source->sink:goods and waits at these places are not settled results: they grow with the horizon, since demand exceeds capacity (summary.json: steady_state).",
            lines[0]);
        Assert.Equal("", lines[1]);
        Assert.StartsWith("test: 2 replications", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BerthSlowerThanItsArrivals_ShowsUndeliveredTonnesAndMarksTheTransitTimes()
    {
        var output = RunWithBerthHours(20);

        var lines = output.Split('\n');
        var header = lines.Single(l => l.TrimStart().StartsWith("corridor ", StringComparison.Ordinal));
        // At 80 columns: throughput, then the tonnes still in the system, then the headline transit times.
        Assert.Matches(@"^\s+corridor\s+kt/yr\s+undelivered kt\s+transit mean h\s+", header);
        Assert.DoesNotContain("TEU/yr", header, StringComparison.Ordinal);
        var row = lines.Single(l => l.TrimStart().StartsWith("source->sink:goods", StringComparison.Ordinal));
        // Every transit time shown grows with the horizon; throughput and tonnes still in the system carry no mark.
        var transitColumns = new[] { "transit mean h", "p50 h", "p95 h" }.Count(h => header.Contains(h, StringComparison.Ordinal));
        Assert.True(transitColumns >= 1);
        Assert.Equal(transitColumns, row.Split(" *").Length - 1);
        Assert.Contains(lines, l => l.StartsWith("  * not a steady-state figure: it grows with the horizon", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_BerthFasterThanItsArrivals_DoesNotWarn()
    {
        var output = RunWithBerthHours(5);

        Assert.StartsWith("test: 2 replications", output, StringComparison.Ordinal);
        Assert.DoesNotContain("WARNING", output, StringComparison.Ordinal);
        Assert.DoesNotContain("undelivered kt", output, StringComparison.Ordinal);
        Assert.DoesNotContain(" *", output, StringComparison.Ordinal);
    }

    // One-tonne shipments every 10 h from a zone through a one-berth port to a city.
    private static string RunWithBerthHours(double berthHours) => Run(new TestModel { Horizon = 1000, Warmup = 100 }
        .Zone("source").Port("port", 1, new ConstantDistribution(berthHours)).City("sink")
        .Link("source", "port", TransportMode.Sea).Link("port", "sink")
        .Flow("source", "sink", 0.1, ArrivalProcess.Fixed));

    private static string Run(TestModel model)
    {
        var (exit, output, _) = Support.CliRun.Capture(console =>
            RunCommand.Execute(new LoadedScenario(model.Build(), []), new RunOptions(2, null, 500, null, 1, null), console, ["run", "test.yaml"]));
        Assert.Equal(0, exit);
        return output;
    }
}
