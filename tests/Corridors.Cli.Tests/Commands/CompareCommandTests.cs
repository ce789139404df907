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
        Assert.Contains(text.Split('\n'), r => r.Contains("mean wait h", StringComparison.Ordinal) && r.TrimEnd().EndsWith("changed", StringComparison.Ordinal));
        var row = File.ReadLines(Path.Combine(_directory.FullName, "compare.csv")).Single(l => l.StartsWith("base,faster,node,port,mean_wait_h,", StringComparison.Ordinal));
        Assert.Equal("yes", row.Split(',')[11]);
        Assert.EndsWith(",both,0.1,changed", row, StringComparison.Ordinal);
        Assert.InRange(double.Parse(row.Split(',')[8], System.Globalization.CultureInfo.InvariantCulture), -3.5, -1.5);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Execute_TablesFitEightyColumns_OrShowEveryColumnWhenWide(bool wide)
    {
        var output = new StringWriter();

        var exit = CompareCommand.Execute([("base", Port(1.0)), ("faster", Port(1.25))], 4, 2, null, new CliConsole(output, new StringWriter(), false), wide: wide);

        Assert.Equal(0, exit);
        var lines = output.ToString().Split('\n');
        var headers = lines.Where(l => l.StartsWith("  corridor ", StringComparison.Ordinal) || l.StartsWith("  node ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(headers);
        if (wide)
        {
            Assert.All(headers, h => Assert.Matches(@"figure\s+base\s+alternative\s+ALT − BASE\s+change\s+verdict$", h));
            Assert.DoesNotContain(lines, l => l.Contains("Left out", StringComparison.Ordinal));
        }
        else
        {
            // Tables only: the prose lines above them are not fitted.
            var tableLines = lines.SkipWhile(l => !l.StartsWith("Corridors", StringComparison.Ordinal)).Where(l => l.StartsWith("  ", StringComparison.Ordinal));
            Assert.All(tableLines, l => Assert.True(l.Length <= 80, $"{l.Length} columns: {l}"));
            Assert.All(headers, h => Assert.Matches(@"figure\s+.*ALT − BASE\s+.*verdict$", h));
        }
    }

    [Fact]
    public void Execute_TenHoursMoreOnTheRoad_AddsTenHoursToTransitAndNothingAtThePort()
    {
        // The alternative's road takes 10 h instead of 0. With common random numbers both see the same
        // arrivals and handling, so the port's figures are identical (difference exactly 0, not significant)
        // and every shipment arrives 10 h later; only the few still on the road at the horizon differ.
        var longRoad = Port(1.0).Model with { Links = [.. Port(1.0).Model.Links.Select(l => l with { DistanceKm = 10 })] };

        var exit = CompareCommand.Execute([("base", Port(1.0)), ("long-road", new LoadedScenario(longRoad, []))], 4, 2, _directory.FullName, Quiet());

        Assert.Equal(0, exit);
        var rows = File.ReadAllLines(Path.Combine(_directory.FullName, "compare.csv"));
        var wait = rows.Single(l => l.StartsWith("base,long-road,node,port,mean_wait_h,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(0, Number(wait[8]));
        Assert.Equal("no", wait[11]);
        Assert.Equal("no_change", wait[^1]);
        var transit = rows.Single(l => l.StartsWith("base,long-road,corridor,port->sink:goods,transit_mean_h,", StringComparison.Ordinal)).Split(',');
        Assert.InRange(Number(transit[8]), 9.9, 10.1);
        Assert.Equal("yes", transit[11]);
        Assert.Equal("changed", transit[^1]);
    }

    [Fact]
    public void Compare_WithSeed_RunsEveryScenarioWithThatSeed()
    {
        var fixture = Repository.File("tests", "Corridors.Scenarios.Tests", "Fixtures", "minimal.yaml");
        var base_ = Path.Combine(_directory.FullName, "base.yaml");
        var alt = Path.Combine(_directory.FullName, "alt.yaml");
        File.Copy(fixture, base_);
        File.Copy(fixture, alt);
        var output = new StringWriter();

        var exit = CorridorsApp.Run(["compare", base_, alt, "-n", "2", "-p", "2", "--seed", "9"], new CliConsole(output, new StringWriter(), false));

        Assert.Equal(0, exit);
        Assert.StartsWith("Base base; 2 replications each with seed 9 (common random numbers);", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_AlternativeClosingOneOfTwoRoutes_ListsTheShiftOfShareBetweenThem()
    {
        var output = new StringWriter();

        var exit = CompareCommand.Execute([("base", TwoPorts(closed: false)), ("closed", TwoPorts(closed: true))], 4, 2, null, new CliConsole(output, new StringWriter(), false));

        Assert.Equal(0, exit);
        var rows = output.ToString().Split('\n');
        Assert.Contains(rows, r => r.Contains("o->d:goods|via pa", StringComparison.Ordinal) && r.Contains(" share ", StringComparison.Ordinal) && r.TrimEnd().EndsWith("changed", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("o->d:goods|via pb", StringComparison.Ordinal) && r.Contains(" share ", StringComparison.Ordinal) && r.TrimEnd().EndsWith("changed", StringComparison.Ordinal));
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

    private static CliConsole Quiet() => new(new StringWriter(), new StringWriter(), false);

    private static double Number(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static LoadedScenario Port(double serviceRate) => new(MmcModel.Build(1, 0.8, serviceRate, 4000, 42), []);

}
