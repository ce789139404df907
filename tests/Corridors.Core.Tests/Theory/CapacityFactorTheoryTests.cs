using Corridors.Core.Model;
using Corridors.Core.Tests.Support;
using Corridors.Core.Theory;
using Corridors.Core.World;
using Corridors.Kernel.Distributions;
using Corridors.Testing;

namespace Corridors.Core.Tests.Theory;

/// <summary>
/// A capacity factor f on a station of c servers makes it the system of ⌈c·f⌉ servers at c·f ÷ ⌈c·f⌉
/// speed (ADR 0002): a port under a permanent change must match the M/M/c formulas of that system.
/// </summary>
public sealed class CapacityFactorTheoryTests
{
    [Fact]
    public void ErlangC_OfTwoServersAtLoadOneAndAHalf_IsTheHandWorkedValue()
    {
        // a = 1.5, ρ = 0.75: C = (a²/2 · 1/(1−ρ)) / (1 + a + a²/2 · 1/(1−ρ)) = 4.5 / 7; Wq = C / (2μ − λ) = 9/7 h.
        Assert.Equal(4.5 / 7, QueueingTheory.ErlangC(2, 1.5), 12);
        Assert.Equal(9.0 / 7, QueueingTheory.MmcMeanWaitHours(1.5, 1, 2), 12);
    }

    [Theory]
    [InlineData(1.5, 1.0, 1, 2.0, 2, 1.0)]    // one berth doubled: a second berth (M/M/2); at f ≤ 1 it would be unstable
    [InlineData(3.6, 1.0, 4, 1.25, 5, 1.0)]   // "a new berth: 1.25" on four berths: M/M/5
    [InlineData(0.6, 1.0, 2, 0.5, 1, 1.0)]    // two berths halved: one berth closed (M/M/1 at full speed)
    [InlineData(0.3, 1.0, 1, 0.5, 1, 0.5)]    // one berth halved: it works at half speed (M/M/1, μ/2)
    [InlineData(1.5, 1.0, 2, 0.9, 2, 0.9)]    // two berths at 0.9: both at 0.9 speed (M/M/2, 0.9μ)
    public void Port_UnderCapacityFactor_MatchesErlangCOfTheSystemItBecomes(double lambda, double mu, int c, double factor, int servers, double speed)
    {
        var effectiveMu = mu * speed;
        var rho = lambda / (servers * effectiveMu);
        var model = new TestModel { Horizon = 6000 / (1 - rho), Warmup = 300 / (1 - rho) }
            .Zone("source").Port("port", c, new ExponentialDistribution(1 / mu)).City("sink")
            .Link("source", "port", TransportMode.Sea).Link("port", "sink")
            .Flow("source", "sink", lambda)
            .Disrupt(new CapacityChange { Id = "change", Targets = ["port"], AtHours = 0, Factor = factor });

        var results = Replications.Run(model.Compile(), 20);

        ConfidenceAssert.Contains(QueueingTheory.MmcMeanWaitHours(lambda, effectiveMu, servers), [.. results.Select(r => r.Node("port").MeanStationWaitHours)], 0.99, "Wq");
        ConfidenceAssert.Contains(QueueingTheory.MmcMeanQueue(lambda, effectiveMu, servers), [.. results.Select(r => r.Node("port").MeanStationQueue)], 0.99, "Lq");
        ConfidenceAssert.Contains(rho, [.. results.Select(r => r.Node("port").Utilization)], 0.99, "utilization: busy ÷ available servers");
    }

    [Theory]
    [InlineData(2.0, 5.0)]
    [InlineData(0.5, 20.0)]
    public void CapacityChange_OnRoad_DividesTravelTimeByTheFactor(double factor, double expectedHours)
    {
        // A road of 10 h: a factor is a change of speed both ways, ×2 is a 5-h trip and ×0.5 a 20-h one.
        var model = new TestModel { Horizon = 500 }.Zone("a").City("b")
            .Link("a", "b", travel: new ConstantDistribution(10))
            .Flow("a", "b", 0.1, ArrivalProcess.Fixed)
            .Disrupt(new CapacityChange { Id = "motorway", Targets = ["a-b"], AtHours = 0, Factor = factor });

        Assert.Equal(expectedHours, ReplicationRunner.Run(model.Compile(), 0).Link("a-b").MeanTravelHours, 12);
    }

    [Fact]
    public void CapacityChange_DoublingOneBerth_OpensASecondBerth()
    {
        // A constant 1-h berth fed every 0.6 h cannot keep up alone; doubled it is two berths, so nobody
        // waits (each arrival finds the berth it used 1.2 h ago free), the sojourn is exactly 1 h and
        // busy ÷ available is (1 ÷ 0.6) ÷ 2.
        var model = new TestModel { Horizon = 2000 }.Zone("a").Port("p", 1, new ConstantDistribution(1)).City("b")
            .Link("a", "p", TransportMode.Sea).Link("p", "b").Flow("a", "b", 1 / 0.6, ArrivalProcess.Fixed)
            .Disrupt(new CapacityChange { Id = "second-berth", Targets = ["p"], AtHours = 0, Factor = 2 });

        var port = ReplicationRunner.Run(model.Compile(), 0).Node("p");

        Assert.Equal(1, port.MeanSojournHours, 9);
        Assert.Equal(0, port.MaxWaitHours, 9);
        Assert.Equal(1 / 1.2, port.Utilization, 2);
    }

    [Theory]
    [InlineData(2.0, 1000.0)]
    [InlineData(0.5, 250.0)]
    public void CapacityChange_OnFleetLimitedFerryLine_ScalesWhatItCarriesBothWays(double factor, double expectedTonnes)
    {
        // Far more cargo than the line can take. One ferry of 10 t, 10 h each way, leaving when full:
        // 10 t every 20 h is 500 t in 1,000 h at full capacity; a factor loads each sailing to f of it.
        var ferry = new CarrierSpec(CarrierKind.Ferry, 10, CargoUnit.Tonne, new WhenFullDeparture(double.PositiveInfinity), Fleet: 1);
        var model = new TestModel { Horizon = 1000 }.Zone("a").City("b")
            .Link("a", "b", TransportMode.Sea, carrier: ferry, travel: new ConstantDistribution(10))
            .Flow("a", "b", 5, ArrivalProcess.Fixed)
            .Disrupt(new CapacityChange { Id = "bigger-ships", Targets = ["a-b"], AtHours = 0, Factor = factor });

        Assert.Equal(expectedTonnes, ReplicationRunner.Run(model.Compile(), 0).Link("a-b").Tonnes, tolerance: 2 * 10 * factor);
    }
}
