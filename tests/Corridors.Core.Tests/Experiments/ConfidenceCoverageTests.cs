using Corridors.Core.Analysis;
using Corridors.Core.Benchmarks;
using Corridors.Core.Experiments;
using Corridors.Core.Routing;
using Corridors.Core.Theory;
using Corridors.Core.World;
using Xunit.Abstractions;

namespace Corridors.Core.Tests.Experiments;

public sealed class ConfidenceCoverageTests(ITestOutputHelper output)
{
    [Fact]
    public void StudentTInterval_OverManySeeds_CoversTheTheoreticalWaitAboutNinetyFivePercentOfTheTime()
    {
        // 240 experiments of 5 replications each (M/M/1, ρ = 0.5, theory Wq = 1 h). A correct 95 % t-interval
        // covers in 95 % ± 1.4 % (binomial sd); a z-interval with 5 replications would cover about 88 %.
        const int experiments = 240;
        var covered = 0;
        for (var e = 0; e < experiments; e++)
        {
            var model = MmcModel.Build(1, 0.5, 1.0, 2000, (ulong)(1000 + e)) with { };
            model = model with { Experiment = model.Experiment with { WarmupHours = 200 } };
            var scenario = CompiledScenario.Compile(model, new FewestHopsRouteProvider(model));
            var results = MonteCarloRunner.Run(scenario, 0, 5, 2);
            var waits = results.Select(r => r.Nodes.Single(n => n.Id == MmcModel.PortId).MeanStationWaitHours).ToList();
            var s = MetricSummary.Of(waits);
            if (Math.Abs(s.Mean - QueueingTheory.MmcMeanWaitHours(0.5, 1, 1)) <= s.HalfWidth)
            {
                covered++;
            }
        }

        output.WriteLine($"coverage {covered} / {experiments} = {covered / (double)experiments:P1}");
        Assert.InRange(covered / (double)experiments, 0.905, 0.99);
    }
}
