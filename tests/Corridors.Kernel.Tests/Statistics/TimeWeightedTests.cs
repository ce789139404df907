using Corridors.Kernel.Statistics;

namespace Corridors.Kernel.Tests.Statistics;

public sealed class TimeWeightedTests
{
    [Fact]
    public void Mean_OfStepFunction_IsAreaOverTime()
    {
        // Level 0 on [0,2), 3 on [2,5), 1 on [5,10): area = 0 + 9 + 5 = 14 over 10 h.
        var tw = new TimeWeighted();
        tw.Set(2, 3);
        tw.Add(5, -2);

        Assert.Equal(14, tw.Area(10), 12);
        Assert.Equal(1.4, tw.Mean(10), 12);
        Assert.Equal(3, tw.Max);
    }

    [Fact]
    public void Reset_KeepsLevelAndRestartsArea()
    {
        var tw = new TimeWeighted();
        tw.Set(0, 2);
        tw.Reset(4);

        Assert.Equal(2, tw.Mean(6), 12);
        Assert.Equal(4, tw.Area(6), 12);
    }
}
