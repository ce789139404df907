using Corridors.Kernel.Randomness;
using Corridors.Kernel.Statistics;

namespace Corridors.Kernel.Tests.Statistics;

public sealed class QuantileSketchTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(0.95)]
    [InlineData(0.99)]
    [InlineData(1.0)]
    public void Quantile_OfLogNormalSample_IsWithinRelativeAccuracyOfExact(double q)
    {
        var rng = new Xoshiro256StarStar(11);
        var values = Enumerable.Range(0, 20_000).Select(_ => Math.Exp(3 * rng.NextDouble() - 1)).ToArray();
        var sketch = new QuantileSketch();
        foreach (var v in values)
        {
            sketch.Add(v);
        }

        Array.Sort(values);
        var exact = values[(int)Math.Floor(q * (values.Length - 1))];
        Assert.InRange(sketch.Quantile(q), exact * (1 - QuantileSketch.RelativeAccuracy), exact * (1 + QuantileSketch.RelativeAccuracy));
    }

    [Fact]
    public void Quantile_OfConstantInput_IsExact()
    {
        var sketch = new QuantileSketch();
        for (var i = 0; i < 10; i++)
        {
            sketch.Add(37.25);
        }

        Assert.Equal(37.25, sketch.Quantile(0.5));
        Assert.Equal(37.25, sketch.Quantile(0.95));
    }

    [Fact]
    public void Merge_TwoHalves_EqualsOneSketchOfAll()
    {
        var rng = new Xoshiro256StarStar(5);
        var all = new QuantileSketch();
        var low = new QuantileSketch();
        var high = new QuantileSketch();
        for (var i = 0; i < 5_000; i++)
        {
            var v = rng.NextDouble() * (i % 2 == 0 ? 10 : 1000);
            all.Add(v);
            (i % 2 == 0 ? low : high).Add(v);
        }

        low.Merge(high);

        Assert.Equal(all.Count, low.Count);
        foreach (var q in new[] { 0.1, 0.5, 0.9, 0.99 })
        {
            Assert.Equal(all.Quantile(q), low.Quantile(q));
        }
    }

    [Fact]
    public void Quantile_WhenEmpty_IsNaN() => Assert.True(double.IsNaN(new QuantileSketch().Quantile(0.5)));

    [Fact]
    public void Add_Negative_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new QuantileSketch().Add(-1));
        Assert.StartsWith("quantile observations must be finite and ≥ 0", ex.Message, StringComparison.Ordinal);
    }
}
