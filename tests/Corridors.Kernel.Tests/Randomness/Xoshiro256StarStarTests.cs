using Corridors.Kernel.Randomness;

namespace Corridors.Kernel.Tests.Randomness;

public sealed class Xoshiro256StarStarTests
{
    [Fact]
    public void NextUInt64_FromStateOneTwoThreeFour_MatchesReferenceSequence()
    {
        // Hand-worked from the reference C code (prng.di.unimi.it/xoshiro256starstar.c):
        // out1 = rotl(2·5, 7)·9 = 1280·9 = 11520; the update then sets s1 = 0, so out2 = 0.
        var rng = Xoshiro256StarStar.FromState(1, 2, 3, 4);

        Assert.Equal(11520UL, rng.NextUInt64());
        Assert.Equal(0UL, rng.NextUInt64());
        Assert.Equal(1509978240UL, rng.NextUInt64());
        Assert.Equal(1215971899390074240UL, rng.NextUInt64());
    }

    [Fact]
    public void NextDouble_ManyDraws_StayInUnitIntervalWithMeanOneHalf()
    {
        var rng = new Xoshiro256StarStar(42);
        var sum = 0.0;
        const int n = 200_000;
        for (var i = 0; i < n; i++)
        {
            var u = rng.NextDouble();
            Assert.InRange(u, 0.0, 0.9999999999999999);
            sum += u;
        }

        // sd of the mean = sqrt(1/12/n) ≈ 0.000645; 5 sd ≈ 0.0032.
        Assert.InRange(sum / n, 0.5 - 0.0032, 0.5 + 0.0032);
    }

    [Fact]
    public void Next_WithBound_IsUnbiasedAcrossBuckets()
    {
        var rng = new Xoshiro256StarStar(7);
        var counts = new int[6];
        const int n = 60_000;
        for (var i = 0; i < n; i++)
        {
            counts[rng.Next(6)]++;
        }

        // Chi-square with 5 degrees of freedom: the 0.999 quantile is 20.52.
        var chi2 = counts.Sum(c => Math.Pow(c - (n / 6.0), 2) / (n / 6.0));
        Assert.True(chi2 < 20.52, $"chi-square {chi2:0.00} over {string.Join(",", counts)}");
    }

    [Fact]
    public void FromState_AllZero_Throws() =>
        Assert.Throws<ArgumentException>(() => Xoshiro256StarStar.FromState(0, 0, 0, 0));
}
