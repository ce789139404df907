using Corridors.Core.Analysis;
using Corridors.Core.Benchmarks;
using Corridors.Core.Experiments;
using Corridors.Core.Model;
using Corridors.Core.Results;
using Corridors.Core.Routing;
using Corridors.Core.World;
using Corridors.Kernel.Distributions;
using Xunit.Abstractions;

namespace Corridors.Core.Tests.Experiments;

public sealed class ScenarioComparisonTests(ITestOutputHelper output)
{
    [Fact]
    public void Compare_WithCommonRandomNumbers_NarrowsTheIntervalOfTheDifference()
    {
        // Faster berths (μ 1.0 → 1.1) at an M/M/1 port with λ = 0.8. With the same seed both scenarios
        // see the same arrivals and the same uniform draws for handling, so their waits move together.
        var baseline = Compile(MmcModel.Build(1, 0.8, 1.0, 3000, 42));
        var faster = Compile(Faster(MmcModel.Build(1, 0.8, 1.0, 3000, 42)));
        var fasterIndependent = Compile(Faster(MmcModel.Build(1, 0.8, 1.0, 3000, 4242)));

        var b = MonteCarloRunner.Run(baseline, 0, 20, 2);
        var crn = ScenarioComparison.Compare(b, MonteCarloRunner.Run(faster, 0, 20, 2)).Single(IsPortWait);
        var independent = ScenarioComparison.Compare(b, MonteCarloRunner.Run(fasterIndependent, 0, 20, 2)).Single(IsPortWait);

        output.WriteLine($"CRN: {crn.Difference.Mean:0.000} ± {crn.Difference.HalfWidth:0.000}; independent: {independent.Difference.Mean:0.000} ± {independent.Difference.HalfWidth:0.000}");
        // Measured: ± 0.19 h with common random numbers against ± 0.37 h with independent seeds.
        Assert.True(crn.Difference.HalfWidth < 0.7 * independent.Difference.HalfWidth);
        Assert.True(crn.IsSignificant);
        Assert.True(crn.Difference.Mean < 0, "faster berths shorten the wait");
    }

    [Fact]
    public void Compare_HandWorkedPairs_GivesTheirMeanDifferenceAndPairedStudentTInterval()
    {
        // Port waits in six replications; the alternative's sixth is undefined, so only five pairs count.
        // Differences −2, −1, −2, −1, −4: mean −2, sd = √(6/4) = 1.224745, half-width = t(0.975, 4) · sd/√5
        // = 2.776445 · 0.547723 = 1.520722 (t from the NIST/SEMATECH e-Handbook table, 1.3.6.7.2).
        double[] baseWaits = [10, 12, 11, 13, 14, 9];
        double[] altWaits = [8, 11, 9, 12, 10, double.NaN];

        var d = ScenarioComparison.Compare(Results(baseWaits), Results(altWaits)).Single(IsPortWait);

        Assert.Equal(12, d.BaseMean, 12);
        Assert.Equal(10, d.AltMean, 12);
        Assert.Equal(5, d.Difference.N);
        Assert.Equal(-2, d.Difference.Mean, 12);
        Assert.Equal(Math.Sqrt(1.5), d.Difference.StdDev, 12);
        Assert.Equal(1.520722, d.Difference.HalfWidth, 6);
        Assert.Equal(-1.0 / 6, d.RelativeChange, 12);
        Assert.True(d.IsSignificant, "|−2| > 1.52");
    }

    [Fact]
    public void Compare_PairsReplicationByReplication_SoAShuffledAlternativeWidensTheInterval()
    {
        // Alternative = base − 1 replication by replication: every difference is exactly −1, sd 0.
        // The same values in another order pair differently: differences −6, +4, −1, +1, −3 (mean −1, sd = √(58/4) ≈ 3.81).
        double[] baseWaits = [10, 5, 8, 7, 4];

        var paired = ScenarioComparison.Compare(Results(baseWaits), Results([.. baseWaits.Select(w => w - 1)])).Single(IsPortWait);
        var shuffled = ScenarioComparison.Compare(Results(baseWaits), Results([4, 9, 7, 8, 1])).Single(IsPortWait);

        Assert.Equal(-1, paired.Difference.Mean, 12);
        Assert.Equal(0, paired.Difference.HalfWidth, 12);
        Assert.True(paired.IsSignificant);
        Assert.Equal(-1, shuffled.Difference.Mean, 12);
        Assert.Equal(Math.Sqrt(58.0 / 4), shuffled.Difference.StdDev, 12);
        Assert.False(shuffled.IsSignificant);
    }

    private static ReplicationResult[] Results(double[] portWaits) => [.. portWaits.Select((w, r) => new ReplicationResult
    {
        Replication = r,
        MeasuredHours = 1000,
        Messages = 0,
        Nodes = [Port(w)],
        Links = [],
        Flows = [],
        Conservation = new Conservation(0, 0, 0, 0, 0, 0),
    })];

    private static NodeResult Port(double meanWaitHours) => new()
    {
        Id = MmcModel.PortId,
        Kind = NodeKind.Port,
        Arrivals = 1,
        Departures = 1,
        TonnesOut = 1,
        MeanPresent = 0,
        MeanWaiting = 0,
        MeanInService = 0,
        Utilization = 0.5,
        MeanWaitHours = meanWaitHours,
        MaxWaitHours = meanWaitHours,
        MeanSojournHours = meanWaitHours,
        MeanStationWaitHours = meanWaitHours,
        MeanStationQueue = 0,
        HoursClosed = 0,
        BlockedShipments = 0,
        BlockedHours = 0,
    };

    private static bool IsPortWait(PairedDifference d) => d.Key is { Scope: "node", Id: MmcModel.PortId, Measure: "mean_wait_h" };

    private static CompiledScenario Compile(ScenarioModel model) => CompiledScenario.Compile(model, new FewestHopsRouteProvider(model));

    private static ScenarioModel Faster(ScenarioModel model) => model with
    {
        Nodes = [.. model.Nodes.Select(n => n is PortSpec p ? p with { Berths = p.Berths with { TimeHours = new ExponentialDistribution(1 / 1.1) } } : n)],
    };
}
