using Corridors.Core.Analysis;
using Corridors.Core.Model;
using Corridors.Core.Tests.Support;
using Corridors.Kernel.Distributions;
using Corridors.Testing;

namespace Corridors.Core.Tests.Analysis;

/// <summary>The steady-state rule on single M/M/1 ports, where theory says whether the queue settles.</summary>
public sealed class SteadyStateCheckTests
{
    [Fact]
    public void Of_MM1WithRhoAboveOne_DoesNotHoldAndNamesThePortAndItsCorridor()
    {
        var results = Replications.Run(Mm1(1.2), 5);

        var state = SteadyStateCheck.Of(results);

        Assert.False(state.Holds);
        // Past the warm-up the berth never idles: it delivers μ of every λ generated, so 1 − 1/ρ stays.
        ConfidenceAssert.Contains(1 - (1 / 1.2), [.. results.Select(BacklogGrowth.SystemUndeliveredShare)], 0.99, "undelivered share");
        Assert.Equal(5, state.ReplicationsOverThreshold);
        Assert.Equal("source->sink:goods", Assert.Single(state.Corridors).Id);
        var port = Assert.Single(state.Places, p => p.Scope == "node");
        Assert.Equal("port", port.Id);
        Assert.True(port.Busy > SteadyStateCheck.Saturation, $"utilization {port.Busy}");
        Assert.True(state.AtCapacity);
        Assert.Contains(new MetricKey("corridor", "source->sink:goods", "transit_mean_h"), state.UnsettledFigures);
        Assert.Contains(new MetricKey("node", "port", "mean_wait_h"), state.UnsettledFigures);
        Assert.StartsWith("deliveries fell 16.", state.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Of_OverloadedPortsOverTwoReplications_BlameCapacityThoughNoPortPassesTheFamilyTest()
    {
        // Six M/M/1 ports at ρ = 1.2: thirty places tested as a family on one degree of freedom need t > 300,
        // which two replications of a share near 1/6 do not give, so no place is named. Yet every berth is busy
        // all the time and its backlog grew: the cause is capacity, not a short warm-up.
        var model = new TestModel { Horizon = 4000, Warmup = 400 };
        for (var i = 0; i < 6; i++)
        {
            model.Zone($"s{i}").Port($"p{i}", 1, new ExponentialDistribution(1)).City($"d{i}")
                .Link($"s{i}", $"p{i}", TransportMode.Sea).Link($"p{i}", $"d{i}").Flow($"s{i}", $"d{i}", 1.2);
        }

        var state = SteadyStateCheck.Of(Replications.Run(model.Compile(), 2));

        Assert.False(state.Holds);
        Assert.Empty(state.Places);
        Assert.True(state.AtCapacity);
        Assert.EndsWith(SteadyStateCheck.Cause(atCapacity: true), state.Reasons[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Of_MM1WithRhoHalf_Holds()
    {
        var state = SteadyStateCheck.Of(Replications.Run(Mm1(0.5), 5));

        Assert.True(state.Holds);
        Assert.True(Math.Abs(state.UndeliveredShare.Mean) < SteadyStateCheck.Threshold, $"share {state.UndeliveredShare.Mean}");
        Assert.Empty(state.Corridors);
        Assert.Empty(state.Places);
        Assert.Empty(state.UnsettledFigures);
        Assert.Empty(state.Reasons);
    }

    [Fact]
    public void Grows_WithOneReplication_ReadsTheValueAgainstTheThreshold()
    {
        Assert.True(SteadyStateCheck.Grows(MetricSummary.Of([0.02])));
        Assert.False(SteadyStateCheck.Grows(MetricSummary.Of([0.005])));
        // A mean above the threshold whose interval reaches below zero is not enough.
        Assert.False(SteadyStateCheck.Grows(MetricSummary.Of([0.2, -0.15])));
    }

    [Fact]
    public void Grows_WithTwoReplicationsAmongAHundredTests_DecidesWithoutFailing()
    {
        // t = 11 on one degree of freedom: p ≈ 0.029, far above 0.025 / 100; the 0.99975 quantile would not converge.
        Assert.False(SteadyStateCheck.Grows(MetricSummary.Of([0.5, 0.6]), 100));
        Assert.True(SteadyStateCheck.Grows(MetricSummary.Of([0.5, 0.5000001]), 100));
    }

    // source --sea--> port (one berth, exponential handling with mean 1 h) --road--> sink, Poisson arrivals at ρ per hour.
    [Fact]
    public void Of_OneSmallOverloadedCorridor_IsNamedOverFiveReplicationsButOneReplicationLeavesItToTheSystem()
    {
        // A busy stable port (20 berths at ρ = 0.5, 10 t/h) beside a small overloaded one (ρ = 1.2, 0.12 t/h):
        // the small corridor keeps 1 − 1/ρ = 1/6 undelivered, the system only 0.12 × (1/6) ÷ 10.12 ≈ 0.2 %.
        var model = new TestModel { Horizon = 4000, Warmup = 400 }
            .Zone("s1").Port("p1", 20, new ExponentialDistribution(1)).City("d1")
            .Link("s1", "p1", TransportMode.Sea).Link("p1", "d1").Flow("s1", "d1", 10)
            .Zone("s2").Port("p2", 1, new ExponentialDistribution(10)).City("d2")
            .Link("s2", "p2", TransportMode.Sea).Link("p2", "d2").Flow("s2", "d2", 0.12)
            .Compile();

        var five = SteadyStateCheck.Of(Replications.Run(model, 5));
        var one = SteadyStateCheck.Of(Replications.Run(model, 1));

        Assert.False(five.Holds);
        Assert.Equal("s2->d2:goods", Assert.Single(five.Corridors).Id);
        Assert.InRange(one.UndeliveredShare.Mean, -SteadyStateCheck.Threshold, SteadyStateCheck.Threshold);
        Assert.True(one.Holds);
        Assert.Empty(one.Corridors);
    }

    private static Core.World.CompiledScenario Mm1(double rho) =>
        new TestModel { Horizon = 4000, Warmup = 400 }
            .Zone("source").Port("port", 1, new ExponentialDistribution(1)).City("sink")
            .Link("source", "port", TransportMode.Sea).Link("port", "sink")
            .Flow("source", "sink", rho)
            .Compile();
}
