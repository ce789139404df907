using Corridors.Core.Analysis;
using Corridors.Core.Benchmarks;
using Corridors.Core.Experiments;
using Corridors.Core.Routing;
using Corridors.Core.World;

namespace Corridors.Core.Tests.Experiments;

public sealed class PrecisionRunnerTests
{
    private static readonly CompiledScenario Scenario = Compile();

    [Fact]
    public void Run_ToFivePercent_MeetsTheTargetOnEveryHeadlineFigure()
    {
        var outcome = PrecisionRunner.Run(Scenario, new PrecisionRule(0.05), 5, 200, 2);

        Assert.True(outcome.Reached);
        var summary = ExperimentSummary.Build(Scenario.Model, outcome.Results);
        Assert.All(summary.Metrics.Where(r => Measures.IsHeadline(r.Key) && r.Summary.N > 0),
            r => Assert.True(new PrecisionRule(0.05).IsMet(r), $"{r.Key}: ± {r.Summary.HalfWidth} around {r.Summary.Mean}"));
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
