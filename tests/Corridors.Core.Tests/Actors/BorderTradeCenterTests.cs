using Corridors.Core.Model;
using Corridors.Core.Tests.Support;
using Corridors.Kernel.Distributions;
using Corridors.Testing;

namespace Corridors.Core.Tests.Actors;

public sealed class BorderTradeCenterTests
{
    [Fact]
    public void MeanQueue_WithLotsOfFourShipments_CountsShipmentsSoThatLEqualsLambdaW()
    {
        // 1-t shipments every hour consolidate into 4-t lots (one every 4 h) cleared by one lane in
        // exp(3 h): lots queue. The node's queue and wait are both per shipment, so mean_queue = λ ×
        // mean_wait_h with λ = 1 per hour, and it is exactly four times the lane's queue of lots.
        var model = new TestModel { Horizon = 40_000, Warmup = 1_000 }.Zone("a").City("b")
            .Add(new BorderTradeCenterSpec
            {
                Id = "btc",
                Name = "btc",
                Location = default,
                Modes = [.. Enum.GetValues<TransportMode>()],
                Customs = new ServiceSpec(1, new ExponentialDistribution(3)),
                Consolidation = new ConsolidationSpec(4, 1000),
            })
            .Link("a", "btc").Link("btc", "b").Flow("a", "b", 1, ArrivalProcess.Fixed);

        var btc = Replications.Run(model.Compile(), 1)[0].Node("btc");

        Assert.True(btc.MeanStationQueue > 0.1, $"the lane's queue of lots is {btc.MeanStationQueue}: nothing to check");
        Assert.Equal(4 * btc.MeanStationQueue, btc.MeanWaiting, 9);
        Assert.Equal(1.0 * btc.MeanWaitHours, btc.MeanWaiting, 0.02 * btc.MeanWaiting);
    }
}
