using Corridors.Core.Analysis;
using Corridors.Core.Benchmarks;
using Corridors.Core.Experiments;
using Corridors.Core.Results;
using Corridors.Core.Routing;
using Corridors.Core.Tests.Support;
using Corridors.Core.World;
using MathNet.Numerics.Distributions;

namespace Corridors.Core.Tests.Experiments;

public sealed class PrecisionRunnerTests
{
    private static readonly CompiledScenario Scenario = Compile();

    [Fact]
    public void Run_ToFivePercent_StopsAtTheFirstCountWhoseIntervalsAreAllWithinFivePercent()
    {
        var outcome = PrecisionRunner.Run(Scenario, new PrecisionRule(0.05), 5, 200, 2);

        // Recomputed here from the raw replication figures, without the runner's summaries or rule: a figure
        // meets the target when t(0.975, n − 1)·s/√n ≤ 5 % of |mean| or ≤ its floor (0.1 h, 0.005, 1 t/yr).
        var n = outcome.Results.Count;
        Assert.True(outcome.Reached);
        Assert.Equal(Enumerable.Range(0, n), outcome.Results.Select(r => r.Replication));
        Assert.True(AllWithinTarget(outcome.Results), $"{n} replications do not meet the target");
        for (var shorter = 5; shorter < n; shorter++)
        {
            Assert.False(AllWithinTarget(outcome.Results.Take(shorter).ToList()), $"{shorter} replications already meet the target, yet the runner kept {n}");
        }
    }

    private static bool AllWithinTarget(IReadOnlyList<ReplicationResult> results)
    {
        var corridor = results.Select(r => r.Flows.Single()).ToList();
        var port = results.Select(r => r.Node(MmcModel.PortId)).ToList();
        var sink = results.Select(r => r.Node("sink")).ToList();
        return WithinTarget(corridor.Select(f => f.TonnesPerYear), 1)
            && WithinTarget(corridor.Select(f => f.TransitMeanHours), 0.1)
            && WithinTarget(corridor.Select(f => f.TransitP95Hours), 0.1)
            && WithinTarget(port.Select(p => p.Utilization), 0.005)
            && WithinTarget(port.Select(p => p.MeanWaitHours), 0.1)
            && WithinTarget(sink.Select(p => p.Utilization), 0.005)
            && WithinTarget(sink.Select(p => p.MeanWaitHours), 0.1);
    }

    private static bool WithinTarget(IEnumerable<double> values, double floor)
    {
        var x = values.Where(v => !double.IsNaN(v)).ToArray();
        if (x.Length == 0)
        {
            return true;
        }

        if (x.Length < 2)
        {
            return false;
        }

        var mean = x.Sum() / x.Length;
        var sd = Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1));
        var halfWidth = StudentT.InvCDF(0, 1, x.Length - 1, 0.975) * sd / Math.Sqrt(x.Length);
        return halfWidth <= 0.05 * Math.Abs(mean) || halfWidth <= floor;
    }

    [Fact]
    public void Run_WithDifferentParallelism_KeepsTheSameReplications()
    {
        var one = PrecisionRunner.Run(Scenario, new PrecisionRule(0.05), 5, 200, 1);
        var three = PrecisionRunner.Run(Scenario, new PrecisionRule(0.05), 5, 200, 3);

        Assert.Equal(one.Results.Count, three.Results.Count);
        Assert.Equal(one.Results.Select(r => r.Messages), three.Results.Select(r => r.Messages));
    }

    [Fact]
    public void Run_WithUnreachableTarget_StopsAtTheCapAndSaysWhatIsShort()
    {
        var outcome = PrecisionRunner.Run(Scenario, new PrecisionRule(0.0001), 5, 12, 2);

        Assert.False(outcome.Reached);
        Assert.Equal(12, outcome.Results.Count);
        Assert.Contains(outcome.Unmet, k => k is { Scope: "node", Id: MmcModel.PortId, Measure: "mean_wait_h" });
    }

    private static CompiledScenario Compile()
    {
        var model = MmcModel.Build(2, 1.4, 1.0, 800, 3);
        return CompiledScenario.Compile(model, new FewestHopsRouteProvider(model));
    }
}
