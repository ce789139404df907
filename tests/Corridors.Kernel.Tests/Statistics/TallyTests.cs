using Corridors.Kernel.Statistics;

namespace Corridors.Kernel.Tests.Statistics;

public sealed class TallyTests
{
    [Fact]
    public void Add_KnownValues_GivesTextbookMoments()
    {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sum of squared deviations 32, sample variance 32/7.
        var tally = new Tally();
        foreach (var v in new double[] { 2, 4, 4, 4, 5, 5, 7, 9 })
        {
            tally.Add(v);
        }

        Assert.Equal(8, tally.Count);
        Assert.Equal(5, tally.Mean, 12);
        Assert.Equal(32.0 / 7, tally.Variance, 12);
        Assert.Equal(2, tally.Min);
        Assert.Equal(9, tally.Max);
        Assert.Equal(40, tally.Sum);
    }

    [Fact]
    public void Empty_HasNaNMeanAndVariance()
    {
        var tally = new Tally();
        Assert.True(double.IsNaN(tally.Mean));
        Assert.True(double.IsNaN(tally.Variance));
    }
}
