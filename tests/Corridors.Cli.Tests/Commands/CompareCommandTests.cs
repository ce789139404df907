using Corridors.Cli.Commands;
using Corridors.Core.Benchmarks;
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

    private static LoadedScenario Port(double serviceRate) => new(MmcModel.Build(1, 0.8, serviceRate, 4000, 42), []);

    private static LoadedScenario Scenario(double olyaBerthHours) => new(RichNetwork.Build(horizon: 3000, portBerthHours: olyaBerthHours).Build(), []);
}
