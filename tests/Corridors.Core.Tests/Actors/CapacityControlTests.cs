using Corridors.Core.Model;
using Corridors.Core.Tests.Support;
using Corridors.Testing;
using Corridors.Core.World;
using Corridors.Kernel.Distributions;

namespace Corridors.Core.Tests.Actors;

public sealed class CapacityControlTests
{
    [Fact]
    public void SeasonalClosure_AcrossNewYear_ClosesEveryDayOfTheWindowInTheYear()
    {
        // Ice 13 Dec – 5 Mar over 2024 (a leap year, 8784 h): 1 Jan – 5 Mar (31 + 29 + 5 days) and 13 – 31 Dec (19 days).
        var model = new TestModel { Horizon = 8784 }.Zone("a").Port("olya", 1, new ConstantDistribution(1)).City("b")
            .Link("a", "olya", TransportMode.Sea).Link("olya", "b").Flow("a", "b", 0.01)
            .Disrupt(new SeasonalClosure { Id = "ice", Targets = ["olya"], From = new MonthDay(12, 13), To = new MonthDay(3, 5) });

        var olya = ReplicationRunner.Run(model.Compile(), 0).Node("olya");

        Assert.Equal(84 * 24, olya.HoursClosed, 9);
    }

    [Fact]
    public void StormProcess_ClosedFraction_MatchesRenewalTheory()
    {
        // Alternating fair spells (mean 100 h) and storms (mean 25 h): closed 25 / 125 = 20 % of the time.
        var model = new TestModel { Horizon = 50_000 }.Zone("a").Port("aktau", 1, new ConstantDistribution(1)).City("b")
            .Link("a", "aktau", TransportMode.Sea).Link("aktau", "b").Flow("a", "b", 0.01)
            .Disrupt(new StormProcess { Id = "storms", Targets = ["aktau"], IntervalHours = new ExponentialDistribution(100), DurationHours = new ExponentialDistribution(25) });

        var fractions = Replications.Run(model.Compile(), 10).Select(r => r.Node("aktau").HoursClosed / r.MeasuredHours).ToList();

        ConfidenceAssert.Contains(0.2, fractions, 0.99, "closed fraction");
    }

    [Fact]
    public void StormProcess_LimitedToWinterMonths_NeverClosesInSummer()
    {
        // Storms only from November to February: over June – August (hours 3648 – 5856 of 2024) nothing closes.
        var model = new TestModel { Horizon = 5856, Warmup = 3648 }.Zone("a").Port("aktau", 1, new ConstantDistribution(1)).City("b")
            .Link("a", "aktau", TransportMode.Sea).Link("aktau", "b").Flow("a", "b", 0.01)
            .Disrupt(new StormProcess { Id = "storms", Targets = ["aktau"], IntervalHours = new ExponentialDistribution(50), DurationHours = new ConstantDistribution(10), Months = [11, 12, 1, 2] });

        Assert.Equal(0, ReplicationRunner.Run(model.Compile(), 0).Node("aktau").HoursClosed);
    }

    [Fact]
    public void CapacityChange_ToHalf_DoublesServiceTimes()
    {
        var model = new TestModel { Horizon = 500 }.Zone("a").Port("p", 1, new ConstantDistribution(1)).City("b")
            .Link("a", "p", TransportMode.Sea).Link("p", "b").Flow("a", "b", 0.1, ArrivalProcess.Fixed)
            .Disrupt(new CapacityChange { Id = "silt", Targets = ["p"], AtHours = 0, Factor = 0.5 });

        Assert.Equal(2, ReplicationRunner.Run(model.Compile(), 0).Node("p").MeanSojournHours, 12);
    }

    /// <summary>
    /// Known bug, found calibrating the scenario library (caspian-shallowing): a factor f on a carrier
    /// link both limits each departure to f of its load and stretches its travel time by 1/f, and with
    /// a fleet the vehicles then come back 1/f later too, so the line carries f² of its capacity — a
    /// quarter at 0.5, where docs/scenario-format.md says "0.5 halves". Without a fleet (departures
    /// not limited by vehicles) the capacity is f, as documented.
    /// </summary>
    [Fact]
    public void CapacityChange_ToHalf_HalvesWhatAFleetLimitedFerryLineCarries()
    {
        // Far more cargo than the line can take. One ferry of 10 t, 10 h each way, leaving when full:
        // at full capacity 10 t every 20 h (500 t in 1000 h); at half capacity 250 t is expected.
        static double Carried(double? factor)
        {
            var ferry = new CarrierSpec(CarrierKind.Ferry, 10, CargoUnit.Tonne, new WhenFullDeparture(double.PositiveInfinity), Fleet: 1);
            var model = new TestModel { Horizon = 1000 }.Zone("a").City("b")
                .Link("a", "b", TransportMode.Sea, carrier: ferry, travel: new ConstantDistribution(10))
                .Flow("a", "b", 5, ArrivalProcess.Fixed);
            if (factor is { } f)
            {
                model.Disrupt(new CapacityChange { Id = "shallow", Targets = ["a-b"], AtHours = 0, Factor = f });
            }

            return ReplicationRunner.Run(model.Compile(), 0).Link("a-b").Tonnes;
        }

        var full = Carried(null);
        var half = Carried(0.5);

        Assert.Equal(500, full, tolerance: 10);
        Assert.Equal(full / 2, half, tolerance: 10);
    }

    [Fact]
    public void Closure_OfRoadLink_HoldsTrucksUntilItReopens()
    {
        // Trucks enter at 10, 20, …; the road is closed over [15, 45): trucks of 20, 30 and 40 leave at 45.
        var model = new TestModel { Horizon = 100 }.Zone("a").City("b").Link("a", "b")
            .Flow("a", "b", 0.1, ArrivalProcess.Fixed)
            .Disrupt(new Closure { Id = "snow", Targets = ["a-b"], FromHours = 15, ToHours = 45 });

        var link = ReplicationRunner.Run(model.Compile(), 0).Link("a-b");

        Assert.Equal((25 + 15 + 5) / 9.0, link.MeanWaitHours, 12);
        Assert.Equal(30, link.HoursClosed, 12);
    }

    [Fact]
    public void DemandShock_Tripling_TriplesShipmentsInItsWindow()
    {
        var model = new TestModel { Horizon = 300 }.Zone("a").City("b").Link("a", "b")
            .Flow("a", "b", 0.1, ArrivalProcess.Fixed)
            .Disrupt(new DemandShock { Id = "boom", Flows = [], FromHours = 0, ToHours = 1000, Factor = 3 });

        Assert.Equal(89, ReplicationRunner.Run(model.Compile(), 0).Flows[0].Shipments); // every 10/3 h from 10/3 to < 300
    }
}
