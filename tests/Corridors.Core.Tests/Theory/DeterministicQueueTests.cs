using Corridors.Core.Model;
using Corridors.Core.Tests.Support;
using Corridors.Testing;
using Corridors.Core.World;
using Corridors.Kernel.Distributions;

namespace Corridors.Core.Tests.Theory;

/// <summary>Deterministic models whose every number can be worked out by hand.</summary>
public sealed class DeterministicQueueTests
{
    [Fact]
    public void DD1_Stable_NoWaitAndExactUtilization()
    {
        // Arrivals at 2, 4, …, 198 (99 of them before the 200 h horizon), service 1.5 h each:
        // nobody waits, busy 99 × 1.5 = 148.5 h of 200 h.
        var model = new TestModel { Horizon = 200 }
            .Zone("a").Port("p", 1, new ConstantDistribution(1.5)).City("b")
            .Link("a", "p", TransportMode.Sea).Link("p", "b").Flow("a", "b", 0.5, ArrivalProcess.Fixed);

        var result = ReplicationRunner.Run(model.Compile(), 0);

        var port = result.Node("p");
        Assert.Equal(99, port.Arrivals);
        Assert.Equal(0, port.MeanStationWaitHours);
        Assert.Equal(148.5 / 200, port.Utilization, 12);
        Assert.Equal(1.5, port.MeanSojournHours, 12);
        Assert.True(result.Conservation.Holds);
    }

    [Fact]
    public void DD1_ClosedDuringAService_CountsTheServerFinishingItAsAvailable()
    {
        // As DD1_Stable, but the port closes from 3 h to 10 h. The job that started at 2 h finishes at 3.5 h
        // (a service keeps going through a closure), so the berth could work 200 − 6.5 = 193.5 h, not 193; the
        // jobs of 4, 6 and 8 h wait for the reopening and everything is still served: busy 148.5 h.
        var model = new TestModel { Horizon = 200 }
            .Zone("a").Port("p", 1, new ConstantDistribution(1.5)).City("b")
            .Link("a", "p", TransportMode.Sea).Link("p", "b").Flow("a", "b", 0.5, ArrivalProcess.Fixed)
            .Disrupt(new Closure { Id = "shut", Targets = ["p"], FromHours = 3, ToHours = 10 });

        var port = ReplicationRunner.Run(model.Compile(), 0).Node("p");

        Assert.Equal(99, port.Departures);
        Assert.Equal(7, port.HoursClosed, 12);
        Assert.Equal(148.5 / 193.5, port.Utilization, 12);
    }

    [Fact]
    public void DD1_Overloaded_WaitGrowsByHalfAnHourPerCustomer()
    {
        // Arrivals every hour from t = 1, service 1.5 h: customer k starts at 1 + 1.5k and waits 0.5k.
        // Starts before t = 100: k = 0 … 65, so the mean wait is 0.5 × 32.5 = 16.25 h and the longest 32.5 h.
        var model = new TestModel { Horizon = 100 }
            .Zone("a").Port("p", 1, new ConstantDistribution(1.5)).City("b")
            .Link("a", "p", TransportMode.Sea).Link("p", "b").Flow("a", "b", 1, ArrivalProcess.Fixed);

        var result = ReplicationRunner.Run(model.Compile(), 0);

        var port = result.Node("p");
        Assert.Equal(16.25, port.MeanStationWaitHours, 12);
        Assert.Equal(99, port.Arrivals);
        Assert.Equal(65, port.Departures);
        Assert.Equal(32, port.MaxWaitHours, 12); // the longest wait of those that have left: customer 64 of 0 … 64
        Assert.True(result.Conservation.Holds, result.Conservation.ToString());
    }

    [Fact]
    public void FerryWhenFull_DeterministicArrivals_GivesExactBatchWait()
    {
        // One-tonne shipments reach the ferry every hour (t = 1, 2, …); it leaves when 5 t are aboard,
        // so each batch waits 4, 3, 2, 1, 0 h: 2 h on average, load factor 1.
        var ferry = new CarrierSpec(CarrierKind.Ferry, 5, CargoUnit.Tonne, new WhenFullDeparture(double.PositiveInfinity));
        var model = new TestModel { Horizon = 1000 }
            .Zone("a").City("b").Link("a", "b", TransportMode.Sea, carrier: ferry).Flow("a", "b", 1, ArrivalProcess.Fixed);

        var link = ReplicationRunner.Run(model.Compile(), 0).Link("a-b");

        Assert.Equal(2, link.MeanWaitHours, 12);
        Assert.Equal(1, link.MeanLoadFactor, 12);
        Assert.Equal(199, link.Departures); // departures at 5, 10, …, 995
    }

    [Fact]
    public void FerryWhenFull_WithLongestWait_LeavesPartlyLoaded()
    {
        // Capacity 5 t but a 2.5 h longest wait: shipments of t = 1, 2, 3 leave at 3.5 (waits 2.5, 1.5, 0.5),
        // the next three at 6.5, and so on: mean wait 1.5 h, load factor 3/5.
        var ferry = new CarrierSpec(CarrierKind.Ferry, 5, CargoUnit.Tonne, new WhenFullDeparture(2.5));
        var model = new TestModel { Horizon = 300.5 }
            .Zone("a").City("b").Link("a", "b", TransportMode.Sea, carrier: ferry).Flow("a", "b", 1, ArrivalProcess.Fixed);

        var link = ReplicationRunner.Run(model.Compile(), 0).Link("a-b");

        Assert.Equal(1.5, link.MeanWaitHours, 12);
        Assert.Equal(0.6, link.MeanLoadFactor, 12);
    }

    [Fact]
    public void FerryOnTimetable_DeterministicArrivals_WaitsUntilTheNextSailing()
    {
        // Sailings at 0.5, 6.5, 12.5, …; shipments of t = 1 … 6 sail at 6.5 (waits 5.5 … 0.5): mean 3 h.
        var ferry = new CarrierSpec(CarrierKind.Ferry, 100, CargoUnit.Tonne, new TimetableDeparture(6, 0.5));
        var model = new TestModel { Horizon = 600 }
            .Zone("a").City("b").Link("a", "b", TransportMode.Sea, carrier: ferry).Flow("a", "b", 1, ArrivalProcess.Fixed);

        var link = ReplicationRunner.Run(model.Compile(), 0).Link("a-b");

        Assert.Equal(3, link.MeanWaitHours, 12);
        Assert.Equal(100, link.Departures); // 0.5, 6.5, …, 594.5
    }

    [Fact]
    public void Transit_ThroughTravelAndService_IsTheirExactSum()
    {
        // 100 km at 50 km/h (2 h), handling 3 h, 25 h on the second leg: every transit takes 30 h.
        var model = new TestModel { Horizon = 500 }
            .Zone("a").Port("p", 2, new ConstantDistribution(3)).City("b")
            .Link("a", "p", TransportMode.Sea, km: 100).Link("p", "b", travel: new ConstantDistribution(25))
            .Flow("a", "b", 0.25, ArrivalProcess.Fixed);

        var flow = ReplicationRunner.Run(model.Compile(), 0).Flows[0];

        Assert.Equal(30, flow.TransitMeanHours, 12);
        Assert.Equal(30, flow.TransitP50Hours, 12);
        Assert.Equal(30, flow.TransitP95Hours, 12);
    }
}
