using Corridors.Core.Model;
using Corridors.Core.Routing;
using Corridors.Core.Tests.Support;
using Corridors.Core.Theory;
using Corridors.Core.World;
using Corridors.Kernel.Distributions;
using Corridors.Testing;

namespace Corridors.Core.Tests.Choice;

/// <summary>
/// Congestion-aware choice between two identical M/M/1 ports fed by one Poisson flow over instant links is
/// join-the-shortest-queue (ties split at random): its mean wait lies strictly between that of M/M/2 at the
/// same load (one shared queue, the best two servers can do) and that of a random 50/50 split (two M/M/1 at
/// half the arrival rate, what static shares give). Both bounds from theory.
/// </summary>
public sealed class JoinShortestQueueTests
{
    private const double Lambda = 1.6;
    private const double Mu = 1.0;

    private static CompiledScenario Scenario(RouteChoice choice)
    {
        var model = new TestModel { Horizon = 20_000, Warmup = 1_000 }
            .Zone("source").Port("p1", 1, new ExponentialDistribution(1 / Mu)).Port("p2", 1, new ExponentialDistribution(1 / Mu)).City("sink")
            .Link("source", "p1", TransportMode.Sea).Link("source", "p2", TransportMode.Sea).Link("p1", "sink").Link("p2", "sink")
            .Flow("source", "sink", Lambda)
            .Build()
            .WithRouting(new CostWeights(1, 0, 0), k: 2);
        model = model with { Routing = model.Routing with { Choice = choice } };
        return CompiledScenario.Compile(model, new LogitRouteProvider(model));
    }

    // The wait in the queue: the transit is the wait plus one exponential service, the links take no time.
    private static double[] MeanWaits(CompiledScenario scenario) =>
        [.. Replications.Run(scenario, 10).Select(r => r.Flows[0].TransitMeanHours - (1 / Mu))];

    [Fact]
    public void CongestionAwareChoice_WaitsLessThanARandomSplitAndMoreThanOneSharedQueue()
    {
        var randomSplit = QueueingTheory.MmcMeanWaitHours(Lambda / 2, Mu, 1);   // 4.0 h
        var sharedQueue = QueueingTheory.MmcMeanWaitHours(Lambda, Mu, 2);       // 1.78 h

        var waits = MeanWaits(Scenario(RouteChoice.Dynamic));

        var (low, high) = Interval(waits);
        Assert.True(low > sharedQueue && high < randomSplit,
            $"JSQ wait in [{low:F3}, {high:F3}] h, expected strictly within M/M/2 {sharedQueue:F3} h and M/M/1 at half load {randomSplit:F3} h");
    }

    [Fact]
    public void StaticChoice_IsTheRandomSplit()
    {
        // The control: fixed 50/50 shares are two M/M/1 queues at half the rate.
        ConfidenceAssert.Contains(QueueingTheory.MmcMeanWaitHours(Lambda / 2, Mu, 1), MeanWaits(Scenario(RouteChoice.Static)), 0.99, "Wq with static shares");
    }

    // A 99 % Student-t interval of the mean (9 degrees of freedom).
    private static (double Low, double High) Interval(double[] samples)
    {
        var mean = samples.Average();
        var sd = Math.Sqrt(samples.Sum(x => (x - mean) * (x - mean)) / (samples.Length - 1));
        var half = 3.25 * sd / Math.Sqrt(samples.Length);
        return (mean - half, mean + half);
    }
}
