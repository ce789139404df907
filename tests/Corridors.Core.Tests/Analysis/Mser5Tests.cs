using Corridors.Core.Analysis;

namespace Corridors.Core.Tests.Analysis;

public sealed class Mser5Tests
{
    [Fact]
    public void TruncationPoint_WithHighStart_CutsTheTransient()
    {
        // Two batches of a transient (10, then 5) before a level series: keeping them inflates the
        // squared deviations, dropping them leaves zero, so MSER is minimised at d = 2 batches.
        var series = Enumerable.Repeat(10.0, 5).Concat(Enumerable.Repeat(5.0, 5)).Concat(Enumerable.Repeat(1.0, 40)).ToList();

        Assert.Equal(10, Mser5.TruncationPoint(series));
    }

    [Fact]
    public void TruncationPoint_OfStationarySeries_IsZero()
    {
        var series = Enumerable.Range(0, 100).Select(i => i % 2 == 0 ? 1.0 : 3.0).ToList();
        Assert.Equal(0, Mser5.TruncationPoint(series));
    }

    [Fact]
    public void TruncationPoint_TooShort_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Mser5.TruncationPoint([1, 2, 3]));
        Assert.StartsWith("MSER-5 needs at least 10 observations, got 3", ex.Message, StringComparison.Ordinal);
    }
}
