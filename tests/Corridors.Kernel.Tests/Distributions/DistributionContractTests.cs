using Corridors.Kernel.Distributions;
using Corridors.Kernel.Randomness;

namespace Corridors.Kernel.Tests.Distributions;

/// <summary>One suite run over every distribution, as Math.NET tests its own: moments, support, scaling, text form.</summary>
public sealed class DistributionContractTests
{
    public static TheoryData<Distribution, double, string> Cases => new()
    {
        // distribution, exact variance, text form
        { new ExponentialDistribution(6), 36, "exp(mean: 6)" },
        { new LogNormalDistribution(18, 8), 64, "lognormal(mean: 18, sd: 8)" },
        { new GammaDistribution(10, 0.4), 16, "gamma(mean: 10, cv: 0.4)" },
        { new GammaDistribution(10, 0), 0, "gamma(mean: 10, cv: 0)" },
        { new TriangularDistribution(2, 4, 9), ((4 + 16 + 81) - 8 - 18 - 36) / 18.0, "triangular(min: 2, mode: 4, max: 9)" },
        { new UniformDistribution(1, 5), 16 / 12.0, "uniform(min: 1, max: 5)" },
        { new ConstantDistribution(2.5), 0, "const(2.5)" },
        { new EmpiricalDistribution([1, 2, 6]), (4 + 1 + 9) / 3.0, "empirical([1, 2, 6])" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_ManyDraws_MeanWithinFiveStandardErrorsAndNonNegative(Distribution d, double variance, string text)
    {
        _ = text;
        var rng = new Xoshiro256StarStar(2026);
        const int n = 100_000;
        var sum = 0.0;
        var sumSq = 0.0;
        for (var i = 0; i < n; i++)
        {
            var x = d.Sample(rng);
            Assert.True(x >= 0, $"{d} drew {x}");
            sum += x;
            sumSq += x * x;
        }

        var mean = sum / n;
        var tolerance = (5 * Math.Sqrt(variance / n)) + 1e-12;
        Assert.InRange(mean, d.Mean - tolerance, d.Mean + tolerance);
        var sampleVariance = (sumSq - (n * mean * mean)) / (n - 1);
        Assert.InRange(sampleVariance, (variance * 0.9) - 1e-9, (variance * 1.1) + 1e-9);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Scale_ByTwo_DoublesTheMean(Distribution d, double variance, string text)
    {
        _ = (variance, text);
        Assert.Equal(2 * d.Mean, d.Scale(2).Mean, 12);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ToString_WritesScenarioSyntax(Distribution d, double variance, string text)
    {
        _ = variance;
        Assert.Equal(text, d.ToString());
    }

    [Fact]
    public void Sample_SameSeed_GivesSameDraws()
    {
        var d = new LogNormalDistribution(18, 8);
        var a = new Xoshiro256StarStar(9);
        var b = new Xoshiro256StarStar(9);
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(d.Sample(a), d.Sample(b));
        }
    }

    [Fact]
    public void Constructors_RejectInvalidParameters()
    {
        Assert.Equal("mean must be a finite number > 0 (Parameter 'mean')\nActual value was 0.",
            Assert.Throws<ArgumentOutOfRangeException>(() => new ExponentialDistribution(0)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExponentialDistribution(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GammaDistribution(10, -0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LogNormalDistribution(-1, 1));
        Assert.Equal("triangular needs min ≤ mode ≤ max and min < max, got min 2, mode 10, max 9",
            Assert.Throws<ArgumentException>(() => new TriangularDistribution(2, 10, 9)).Message);
        Assert.Throws<ArgumentException>(() => new UniformDistribution(5, 5));
        Assert.Throws<ArgumentException>(() => new EmpiricalDistribution([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConstantDistribution(-2));
    }
}
