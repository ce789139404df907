using Corridors.Core.Analysis;

namespace Corridors.Core.Tests.Analysis;

public sealed class MetricSummaryTests
{
    [Theory]
    [InlineData(0.95, 1, 12.7062)]
    [InlineData(0.95, 5, 2.5706)]
    [InlineData(0.95, 9, 2.2622)]
    [InlineData(0.95, 29, 2.0452)]
    [InlineData(0.99, 19, 2.8609)]
    [InlineData(0.90, 10, 1.8125)]
    public void StudentTQuantile_MatchesPublishedTable(double level, int df, double table)
    {
        // Two-sided critical values as printed in standard tables (e.g. NIST/SEMATECH e-Handbook, 1.3.6.7.2).
        Assert.Equal(table, MetricSummary.StudentTQuantile(level, df), 4);
    }

    [Fact]
    public void Percentile_LinearBetweenOrderStatistics_MatchesHandValues()
    {
        // Type 7 (R's and NumPy's default): position p·(n − 1) into the sorted values.
        double[] sorted = [1, 2, 3, 4];
        Assert.Equal(1.15, MetricSummary.Percentile(sorted, 0.05), 12);
        Assert.Equal(2.5, MetricSummary.Percentile(sorted, 0.5), 12);
        Assert.Equal(3.85, MetricSummary.Percentile(sorted, 0.95), 12);
    }

    [Fact]
    public void NonNegativeLow_CutsAtZeroWhatTheSymmetricIntervalPutsBelowIt()
    {
        // 0, 0, 0, 0, 1 (a link used in one replication of five): mean 0.2, sd = sqrt(0.2),
        // half-width = t(0.975, 4) · sd / sqrt(5) = 2.7764 · 0.4472 / 2.2361 = 0.5553; mean − hw = −0.3553.
        var s = MetricSummary.Of([0, 0, 0, 0, 1]);

        Assert.Equal(0.5553, s.HalfWidth, 4);
        Assert.Equal(0, s.NonNegativeLow);
        Assert.Equal(0.7553, s.High, 4);
    }

    [Fact]
    public void NonNegativeLow_IsMeanMinusHalfWidthWhereThatIsAboveZero()
    {
        var s = MetricSummary.Of([2, 4, 4, 4, 5, 5, 7, 9]);

        Assert.Equal(5 - s.HalfWidth, s.NonNegativeLow, 12);
    }

    [Fact]
    public void Of_KnownSample_GivesMeanSdAndInterval()
    {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sd = sqrt(32/7); half-width = t(0.975, 7) · sd / sqrt(8) = 2.3646 · 2.1381 / 2.8284.
        var s = MetricSummary.Of([2, 4, 4, 4, 5, 5, 7, 9]);

        Assert.Equal(8, s.N);
        Assert.Equal(5, s.Mean, 12);
        Assert.Equal(Math.Sqrt(32.0 / 7), s.StdDev, 12);
        Assert.Equal(1.7875, s.HalfWidth, 4);
        Assert.Equal(2, s.Min);
        Assert.Equal(9, s.Max);
    }

    [Fact]
    public void Of_WithUndefinedValues_LeavesThemOutAndCountsThem()
    {
        var s = MetricSummary.Of([1, double.NaN, 3]);

        Assert.Equal(2, s.N);
        Assert.Equal(1, s.Undefined);
        Assert.Equal(2, s.Mean);
    }
}
