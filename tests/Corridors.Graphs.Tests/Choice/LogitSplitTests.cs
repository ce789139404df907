using Corridors.Graphs.Choice;
using Corridors.Graphs.Tests.Support;
using FsCheck.Fluent;

namespace Corridors.Graphs.Tests.Choice;

public sealed class LogitSplitTests
{
    [Fact]
    public void Split_WithTwoCosts_GivesHandWorkedShares()
    {
        // θ = 1, costs 1 and 2: 1 / (1 + e⁻¹) = 0.7310585786300049, e⁻¹ / (1 + e⁻¹) = 0.2689414213699951.
        double[] shares = LogitSplit.Split([1, 2], 1);

        Assert.Equal(0.7310585786300049, shares[0], 15);
        Assert.Equal(0.2689414213699951, shares[1], 15);
    }

    [Fact]
    public void Split_WithHugeCosts_DoesNotOverflow()
    {
        // exp(−1e6) underflows to 0 in the naive form; subtracting the minimum gives the same as costs 0 and 1.
        Assert.Equal(LogitSplit.Split([0, 1], 1), LogitSplit.Split([1e6, 1e6 + 1], 1));
    }

    [Fact]
    public void Split_WithZeroScale_SplitsEvenlyOverOpenAlternatives()
    {
        Assert.Equal([1 / 3.0, 1 / 3.0, 0, 1 / 3.0], LogitSplit.Split([1, 50, double.PositiveInfinity, 7], 0));
    }

    [Fact]
    public void Split_WithInfiniteScale_GivesAllToCheapestAndSplitsExactTiesEvenly()
    {
        Assert.Equal([0, 1, 0], LogitSplit.Split([4, 3, 3.0000001], double.PositiveInfinity));
        Assert.Equal([0.5, 0, 0.5], LogitSplit.Split([3, 5, 3], double.PositiveInfinity));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void Split_WithInvalidCost_ThrowsNamingAlternativeAndValue(double bad)
    {
        var error = Assert.Throws<ArgumentException>(() => LogitSplit.Split([1, bad], 1));

        Assert.Contains($"Alternative 1 has cost {bad}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_WithNegativeScale_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LogitSplit.Split([1, 2], -0.1));

    [Fact]
    public void Split_WithOnlyClosedAlternatives_Throws() =>
        Assert.Throws<ArgumentException>(() => LogitSplit.Split([double.PositiveInfinity], 1));

    [Fact]
    public void Split_OnRandomCosts_SumsToOneAndOrdersLikeCosts()
    {
        var cases =
            from costs in Gen.NonEmptyListOf(Gen.Choose(0, 10_000)).Select(c => c.Select(x => x / 10.0).ToArray())
            from scale in Gen.Elements(0.0, 0.01, 0.3, 1, 5, 80, double.PositiveInfinity)
            select (costs, scale);
        Properties.Check(cases, c =>
        {
            double[] shares = LogitSplit.Split(c.costs, c.scale);
            var pairs = Enumerable.Range(0, shares.Length).SelectMany(i => Enumerable.Range(0, shares.Length), (i, j) => (i, j));
            return Math.Abs(shares.Sum() - 1) < 1e-12
                && shares.All(s => s >= 0 && s <= 1)
                && pairs.All(p => c.costs[p.i] >= c.costs[p.j] || shares[p.i] >= shares[p.j]);
        });
    }

    [Fact]
    public void Split_AsScaleGrows_TendsToAllOrNothing()
    {
        var cases = Gen.ArrayOf(Gen.Choose(0, 100), 4).Where(c => c.Distinct().Count() == 4);
        Properties.Check(cases, costs =>
        {
            double[] c = costs.Select(x => (double)x).ToArray();
            double[] steep = LogitSplit.Split(c, 1e4);
            double[] limit = LogitSplit.Split(c, double.PositiveInfinity);
            return steep.Zip(limit).All(p => Math.Abs(p.First - p.Second) < 1e-12) && limit.Count(s => s == 1) == 1;
        });
    }
}
