using Corridors.Core.Model;
using Corridors.Core.World;
using Corridors.Core.World.Choice;
using Corridors.Kernel.Distributions;
using Corridors.Testing;

namespace Corridors.Core.Tests.Choice;

/// <summary>What dynamic choice expects of scheduled windows and storms, against hand-worked values (ADR 0008).</summary>
public sealed class OutlookTests
{
    // Port p, its road to d; disruptions as given. Facility 0 is p, 1 is d, 2 the link p-d.
    private static CompiledScenario Scenario(params Disruption[] disruptions)
    {
        var model = new TestModel { Horizon = 2000 }.Port("p", 1, new ConstantDistribution(1)).City("d").Link("p", "d").Flow("p", "d", 1);
        foreach (var d in disruptions)
        {
            model.Disrupt(d);
        }

        return model.Compile();
    }

    [Fact]
    public void KnownOutages_ClosedFacility_AddsTheWaitThroughBackToBackWindows()
    {
        var outages = new KnownOutages(Scenario(
            new Closure { Id = "a", Targets = ["p"], FromHours = 100, ToHours = 200 },
            new Closure { Id = "b", Targets = ["p"], FromHours = 200, ToHours = 260 },
            new Closure { Id = "c", Targets = ["p"], FromHours = 300, ToHours = 400, CapacityFactor = 0.25 }));

        Assert.Equal(110, outages.Delay(0, 150, double.PositiveInfinity, 5));   // reopens at 260, not at 200
        Assert.Equal(0, outages.Delay(0, 150, 99, 5));                          // not known yet: it starts after the look-ahead
        Assert.Equal(15, outages.Delay(0, 350, double.PositiveInfinity, 5));    // a quarter of capacity stretches 5 h to 20 h
        Assert.Equal(0, outages.Delay(0, 270, double.PositiveInfinity, 5));
        Assert.Equal(0, outages.Delay(2, 150, double.PositiveInfinity, 5));     // the link is open
    }

    [Fact]
    public void KnownOutages_ClosedToTheHorizon_DropsTheCandidate()
    {
        var outages = new KnownOutages(Scenario(new Closure { Id = "a", Targets = ["p-d"], FromHours = 500, ToHours = 5000 }));

        Assert.Equal(double.PositiveInfinity, outages.Delay(2, 600, double.PositiveInfinity, 1));
    }

    [Fact]
    public void StormOutlook_InASeasonMonth_IsTheShareClosedTimesHalfTheMeanDuration()
    {
        // Fair spells of 600 h on average, storms of 80 h: closed 80/680 of the time, an arrival then waits 40 h.
        var storms = new StormOutlook(Scenario(new StormProcess
        {
            Id = "s",
            Targets = ["p"],
            IntervalHours = new ExponentialDistribution(600),
            DurationHours = new TriangularDistribution(48, 72, 120),
            Months = [1, 2],
        }));

        Assert.Equal(80, storms.MeanDuration[0], 9);
        Assert.Equal(80.0 / 680 * 40, storms.Delay(0, 1, 10), 9);
        Assert.Equal(0, storms.Delay(0, 3, 10));
        Assert.Equal(0, storms.MeanDuration[2]);
    }
}
