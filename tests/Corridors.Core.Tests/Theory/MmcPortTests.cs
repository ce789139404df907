using Corridors.Core.Model;
using Corridors.Core.Tests.Support;
using Corridors.Testing;
using Corridors.Core.Theory;
using Corridors.Kernel.Distributions;

namespace Corridors.Core.Tests.Theory;

/// <summary>A port fed by Poisson arrivals with exponential handling must reproduce the M/M/c formulas.</summary>
public sealed class MmcPortTests
{
    [Theory]
    [InlineData(0.5, 1.0, 1)]
    [InlineData(0.9, 1.0, 1)]
    [InlineData(2.0, 1.0, 3)]
    [InlineData(4.5, 1.0, 5)]
    [InlineData(1.6, 0.5, 4)]
    public void Port_WithPoissonArrivalsAndExponentialBerths_MatchesErlangC(double lambda, double mu, int c)
    {
        // Long replications so each mean is nearly normal; a 99 % interval over 20 of them.
        var rho = lambda / (c * mu);
        var model = new TestModel { Horizon = 6000 / (1 - rho), Warmup = 300 / (1 - rho) }
            .Zone("source").Port("port", c, new ExponentialDistribution(1 / mu)).City("sink")
            .Link("source", "port", TransportMode.Sea).Link("port", "sink")
            .Flow("source", "sink", lambda);

        var results = Replications.Run(model.Compile(), 20);

        ConfidenceAssert.Contains(QueueingTheory.MmcMeanWaitHours(lambda, mu, c), [.. results.Select(r => r.Node("port").MeanStationWaitHours)], 0.99, "Wq");
        ConfidenceAssert.Contains(QueueingTheory.MmcMeanQueue(lambda, mu, c), [.. results.Select(r => r.Node("port").MeanStationQueue)], 0.99, "Lq");
        ConfidenceAssert.Contains(rho, [.. results.Select(r => r.Node("port").Utilization)], 0.99, "utilization");
    }

    [Theory]
    [InlineData(new[] { 1.0, 1.25 })]
    [InlineData(new[] { 1.5, 1.25, 2.0 })]
    public void PortsInSeries_WithPoissonInput_MatchJacksonNetwork(double[] serviceRates)
    {
        // A tandem of M/M/1 stations: by Burke's theorem each sees Poisson(λ) input, W_i = 1/(μ_i − λ).
        const double lambda = 0.8;
        var model = new TestModel { Horizon = 40_000, Warmup = 2_000 }.Zone("source").City("sink");
        var previous = "source";
        for (var i = 0; i < serviceRates.Length; i++)
        {
            model.Port($"p{i}", 1, new ExponentialDistribution(1 / serviceRates[i])).Link(previous, $"p{i}", TransportMode.Sea);
            previous = $"p{i}";
        }

        model.Link(previous, "sink", TransportMode.Sea).Flow("source", "sink", lambda);

        var results = Replications.Run(model.Compile(), 20);

        for (var i = 0; i < serviceRates.Length; i++)
        {
            ConfidenceAssert.Contains(1 / (serviceRates[i] - lambda), [.. results.Select(r => r.Node($"p{i}").MeanSojournHours)], 0.99, $"W at p{i}");
        }

        var endToEnd = serviceRates.Sum(mu => 1 / (mu - lambda));
        ConfidenceAssert.Contains(endToEnd, [.. results.Select(r => r.Flows[0].TransitMeanHours)], 0.99, "end-to-end transit");
    }
}
