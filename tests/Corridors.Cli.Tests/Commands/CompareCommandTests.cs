using Corridors.Cli.Commands;
using Corridors.Core.Benchmarks;
using Corridors.Core.Model;
using Corridors.Kernel.Distributions;
using Corridors.Testing;

namespace Corridors.Cli.Tests.Commands;

public sealed class CompareCommandTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("corridors-compare-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void Execute_FasterBerths_ReportsAShorterWaitAsSignificant()
    {
        var output = new StringWriter();

        // M/M/1 with λ = 0.8: Wq = 4 h at μ = 1, 1.6 h at μ = 1.25.
        var exit = CompareCommand.Execute([("base", Port(1.0)), ("faster", Port(1.25))], 8, 2, _directory.FullName, new CliConsole(output, new StringWriter(), false));

        Assert.Equal(0, exit);
        var text = output.ToString();
        Assert.Contains("Base base; 8 replications each with seed 42 (common random numbers); ± is the 95 % paired half-width.", text, StringComparison.Ordinal);
        Assert.Contains("node/port/mean_wait_h", text, StringComparison.Ordinal);
        var row = File.ReadLines(Path.Combine(_directory.FullName, "compare.csv")).Single(l => l.StartsWith("base,faster,node,port,mean_wait_h,", StringComparison.Ordinal));
        Assert.EndsWith(",yes", row, StringComparison.Ordinal);
        Assert.InRange(double.Parse(row.Split(',')[8], System.Globalization.CultureInfo.InvariantCulture), -3.5, -1.5);
    }

    [Fact]
    public void Execute_WithUnchangedAlternative_FindsNoSignificantDifference()
    {
        var exit = CompareCommand.Execute([("base", Scenario(1.2)), ("same", Scenario(1.2))], 4, 2, _directory.FullName, new CliConsole(new StringWriter(), new StringWriter(), false));

        Assert.Equal(0, exit);
        Assert.All(File.ReadLines(Path.Combine(_directory.FullName, "compare.csv")).Skip(1), l => Assert.EndsWith(",no", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Execute_AlternativeClosingOneOfTwoRoutes_ListsTheShiftOfShareBetweenThem()
    {
        var output = new StringWriter();

        var exit = CompareCommand.Execute([("base", TwoPorts(closed: false)), ("closed", TwoPorts(closed: true))], 4, 2, null, new CliConsole(output, new StringWriter(), false));

        Assert.Equal(0, exit);
        var rows = output.ToString().Split('\n');
        Assert.Contains(rows, r => r.Contains("route/o->d:goods|via pa/share", StringComparison.Ordinal) && r.TrimEnd().EndsWith("yes", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("route/o->d:goods|via pb/share", StringComparison.Ordinal) && r.TrimEnd().EndsWith("yes", StringComparison.Ordinal));
    }

    // o → d through port pa (10 h) or port pb (14 h), θ = 0.5 per hour; the alternative closes pa for most of the run.
    private static LoadedScenario TwoPorts(bool closed)
    {
        var handling = new ConstantDistribution(0.01);
        var model = new TestModel { Horizon = 1000 }
            .Zone("o").Port("pa", 1, handling).Port("pb", 1, handling).City("d")
            .Link("o", "pa", km: 250).Link("pa", "d", km: 250).Link("o", "pb", km: 350).Link("pb", "d", km: 350)
            .Flow("o", "d", 2);
        if (closed)
        {
            model.Disrupt(new Closure { Id = "pa-closed", Targets = ["pa"], FromHours = 100, ToHours = 900 });
        }

        var built = model.Build();
        return new(built with { Routing = new RoutingSpec(new CostWeights(1, 0, 0), 2, 0.5) }, []);
    }

    private static LoadedScenario Port(double serviceRate) => new(MmcModel.Build(1, 0.8, serviceRate, 4000, 42), []);

    private static LoadedScenario Scenario(double olyaBerthHours) => new(RichNetwork.Build(horizon: 3000, portBerthHours: olyaBerthHours).Build(), []);
}
