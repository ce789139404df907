using Corridors.Core.Model;
using Corridors.Core.Tests.Support;
using Corridors.Testing;
using Corridors.Core.World;
using Corridors.Kernel.Distributions;

namespace Corridors.Core.Tests.Actors;

/// <summary>Each node kind's stages, checked with deterministic times so every figure is exact.</summary>
public sealed class NodeKindTests
{
    private static readonly TransportMode[] All = Enum.GetValues<TransportMode>();

    [Theory]
    [InlineData(1520, 1435, 3.0)]
    [InlineData(1520, 1520, 1.0)]
    public void BorderCrossing_RailWithOtherGaugeBeyond_ClearsThenChangesGauge(int gaugeIn, int gaugeOut, double sojourn)
    {
        var model = new TestModel { Horizon = 500 }.Zone("a").City("b")
            .Add(new BorderCrossingSpec
            {
                Id = "x",
                Name = "x",
                Location = default,
                Modes = All,
                Clearance = new Dictionary<TransportMode, ServiceSpec> { [TransportMode.Rail] = new(1, new ConstantDistribution(1)) },
                GaugeChange = new ServiceSpec(1, new ConstantDistribution(2)),
            })
            .Link("a", "x", TransportMode.Rail, gauge: gaugeIn).Link("x", "b", TransportMode.Rail, gauge: gaugeOut)
            .Flow("a", "b", 0.2, ArrivalProcess.Fixed);

        var result = ReplicationRunner.Run(model.Compile(), 0);

        Assert.Equal(sojourn, result.Node("x").MeanSojournHours, 12);
    }

    [Theory]
    [InlineData(TransportMode.Road, 0.0)]
    [InlineData(TransportMode.Rail, 2.0)]
    public void Hub_HandlesOnlyWhenTheModeChanges(TransportMode outbound, double sojourn)
    {
        var model = new TestModel { Horizon = 500 }.Zone("a").Hub("h", 1, new ConstantDistribution(2)).City("b")
            .Link("a", "h", TransportMode.Road).Link("h", "b", outbound).Flow("a", "b", 0.1, ArrivalProcess.Fixed);

        Assert.Equal(sojourn, ReplicationRunner.Run(model.Compile(), 0).Node("h").MeanSojournHours, 12);
    }

    [Fact]
    public void BorderTradeCenter_ConsolidatesLotsOfThreeAndClearsEachLotOnce()
    {
        // One tonne an hour; lots of 3 t leave consolidation when the third arrives (holds 2, 1, 0 h),
        // then one 0.5 h clearance per lot and a 1 h dwell: sojourns 3.5, 2.5, 1.5 → mean 2.5 h.
        var model = new TestModel { Horizon = 301.5 }.Zone("a").City("b")
            .Add(new BorderTradeCenterSpec
            {
                Id = "btc",
                Name = "btc",
                Location = default,
                Modes = All,
                Customs = new ServiceSpec(1, new ConstantDistribution(0.5)),
                Consolidation = new ConsolidationSpec(3, 100),
                DwellHours = new ConstantDistribution(1),
            })
            .Link("a", "btc").Link("btc", "b").Flow("a", "b", 1, ArrivalProcess.Fixed);

        var result = ReplicationRunner.Run(model.Compile(), 0);

        var btc = result.Node("btc");
        Assert.Equal(2.5, btc.MeanSojournHours, 12);
        // Lot k (arrivals 3k + 1 … 3k + 3) clears over [3k + 3, 3k + 3.5] and leaves at 3k + 4.5:
        // 100 lots cleared before 301.5 h, 99 of them gone.
        Assert.Equal(297, btc.Departures);
        Assert.Equal(0.5 * 100 / 301.5, btc.Utilization, 12);
    }

    [Fact]
    public void EconomicZone_DeliveriesDwellForProcessing()
    {
        var model = new TestModel { Horizon = 500 }.City("a").Zone("z", new ConstantDistribution(5))
            .Link("a", "z").Flow("a", "z", 0.1, ArrivalProcess.Fixed);

        var result = ReplicationRunner.Run(model.Compile(), 0);

        Assert.Equal(5, result.Node("z").MeanSojournHours, 12);
        Assert.Equal(5, result.Flows[0].TransitMeanHours, 12);
    }

    [Fact]
    public void Port_WithRateHandling_TakesTonnesOverRate()
    {
        // 1 t shipments at 0.25 t/h per berth: 4 h each.
        var port = new PortSpec { Id = "p", Name = "p", Location = default, Modes = All, Berths = new ServiceSpec(1, null, 0.25) };
        var model = new TestModel { Horizon = 500 }.Zone("a").Add(port).City("b")
            .Link("a", "p", TransportMode.Sea).Link("p", "b").Flow("a", "b", 0.1, ArrivalProcess.Fixed);

        Assert.Equal(4, ReplicationRunner.Run(model.Compile(), 0).Node("p").MeanSojournHours, 12);
    }

    [Fact]
    public void Port_WithStorageForOneShipment_BlocksAtTheGateInsteadOfQueueing()
    {
        // One berth: whether a shipment waits at the gate (storage full) or in the berth queue, it starts
        // service at the same instant, so the total wait is identical and, with room for one, all of it is blocking.
        static ScenarioModel Build(double? storage) => new TestModel { Horizon = 3000, Seed = 5 }
            .Zone("a").Port("p", 1, new ExponentialDistribution(1.6), storage).City("b")
            .Link("a", "p", TransportMode.Sea).Link("p", "b").Flow("a", "b", 0.5).Build();

        var unlimited = ReplicationRunner.Run(TestModel.Compile(Build(null)), 0).Node("p");
        var tight = ReplicationRunner.Run(TestModel.Compile(Build(1)), 0).Node("p");

        Assert.Equal(0, unlimited.BlockedShipments);
        Assert.True(tight.BlockedShipments > 100);
        Assert.Equal(unlimited.MeanWaitHours, tight.MeanWaitHours, 9);
        Assert.Equal(tight.MeanWaitHours * tight.Departures, tight.BlockedHours, 6);
        Assert.Equal(0, tight.MeanStationWaitHours, 12);
    }

    [Fact]
    public void City_PassesShipmentsThroughWithoutDelay()
    {
        var model = new TestModel { Horizon = 500 }.Zone("a").City("c").City("b")
            .Link("a", "c").Link("c", "b").Flow("a", "b", 0.1, ArrivalProcess.Fixed);

        var city = ReplicationRunner.Run(model.Compile(), 0).Node("c");

        Assert.Equal(49, city.Arrivals);
        Assert.Equal(0, city.MeanSojournHours);
    }
}
