using Corridors.Kernel.Distributions;
using Corridors.Scenarios.Text;

namespace Corridors.Scenarios.Tests.Text;

public sealed class DistributionParserTests
{
    [Theory]
    [InlineData("exp(mean: 6 h)", typeof(ExponentialDistribution), 6)]
    [InlineData("lognormal(mean: 18 h, sd: 8 h)", typeof(LogNormalDistribution), 18)]
    [InlineData("gamma(mean: 10 h, cv: 0.4)", typeof(GammaDistribution), 10)]
    [InlineData("triangular(min: 2 h, mode: 4 h, max: 9 h)", typeof(TriangularDistribution), 5)]
    [InlineData("uniform(min: 1 d, max: 3 d)", typeof(UniformDistribution), 48)]
    [InlineData("const(2 h)", typeof(ConstantDistribution), 2)]
    [InlineData("const(value: 90 min)", typeof(ConstantDistribution), 1.5)]
    [InlineData("empirical([1 h, 2 h, 6 h])", typeof(EmpiricalDistribution), 3)]
    [InlineData("  lognormal( sd: 8 h ,mean: 18 h )  ", typeof(LogNormalDistribution), 18)]
    public void Parse_ValidText_BuildsDistributionInBaseUnits(string text, Type type, double mean)
    {
        var errors = new List<TextError>();
        var d = DistributionParser.Parse(text, Dimension.Duration, errors);
        Assert.Empty(errors);
        Assert.IsType(type, d);
        Assert.Equal(mean, d!.Mean, 9);
    }

    [Fact]
    public void Parse_TriangularInDays_ConvertsEveryParameter()
    {
        var d = Assert.IsType<TriangularDistribution>(DistributionParser.Parse("triangular(min: 2 d, mode: 3 d, max: 5 d)", Dimension.Duration, []));
        Assert.Equal((48.0, 72.0, 120.0), (d.MinValue, d.ModeValue, d.MaxValue));
    }

    [Fact]
    public void Parse_SizeInTeu_UsesTheContextDimension()
    {
        var d = DistributionParser.Parse("const(2 TEU)", Dimension.Teu, []);
        Assert.Equal(2, d!.Mean);
    }

    [Theory]
    [InlineData("lognormall(mean: 3 h)", 0, "has unknown distribution 'lognormall'; expected one of exp, lognormal, gamma, triangular, uniform, const, empirical — did you mean 'lognormal'?")]
    [InlineData("exp(mean: 6)", 11, "exp mean is '6', which has no unit; expected a duration in h, min or d")]
    [InlineData("exp(mean: 6 km)", 12, "exp mean is '6 km', a length; expected a duration in h, min or d")]
    [InlineData("exp(maen: 6 h)", 4, "exp has unknown parameter 'maen'; expected mean — did you mean 'mean'?")]
    [InlineData("lognormal(mean: 6 h)", 19, "lognormal is missing 'sd'; expected lognormal(mean: …, sd: …)")]
    [InlineData("exp(mean: 6 h, mean: 7 h)", 15, "exp gives 'mean' twice; expected each parameter once")]
    [InlineData("exp(6 h)", 4, "exp has a parameter without a name; expected 'name: value', one of mean")]
    [InlineData("gamma(mean: 10 h, cv: -0.4)", 22, "gamma cv is '-0.4'; expected a finite number ≥ 0")]
    [InlineData("exp(mean: 0 h)", 10, "exp mean is '0 h'; expected a finite number > 0")]
    [InlineData("triangular(min: 5 h, mode: 4 h, max: 9 h)", 11, "triangular has min 5 h, mode 4 h, max 9 h; expected min ≤ mode ≤ max and min < max")]
    [InlineData("uniform(min: 3 h, max: 3 h)", 8, "uniform has min 3 h, max 3 h; expected min < max")]
    [InlineData("empirical([])", 10, "empirical has values []; expected at least one value")]
    [InlineData("empirical([1 h, -2 h])", 16, "empirical values is '-2 h'; expected a finite number ≥ 0")]
    [InlineData("empirical(2 h)", 10, "empirical values is not a list; expected a list such as [2 h, 3 h]")]
    [InlineData("exp mean: 6 h", 4, "has 'm' after 'exp'; expected '(' and parameters, e.g. \"exp(…)\"")]
    [InlineData("exp(mean: 6 h", 13, "has nothing after a parameter; expected ',' or ')'")]
    [InlineData("exp(mean: 6 h) + 1", 15, "has '+ 1' after ')'; expected nothing")]
    [InlineData("6 h", 0, "is '6 h', which is not a distribution; expected e.g. \"exp(mean: 6 h)\"")]
    public void Parse_BadText_ReportsMessageAtOffset(string text, int offset, string message)
    {
        var errors = new List<TextError>();
        Assert.Null(DistributionParser.Parse(text, Dimension.Duration, errors));
        var error = Assert.Single(errors);
        Assert.Equal(message, error.Message);
        Assert.Equal(offset, error.Offset);
    }

    [Fact]
    public void Parse_SeveralBadUnits_ReportsEachOne()
    {
        var errors = new List<TextError>();
        Assert.Null(DistributionParser.Parse("lognormal(mean: 6, sd: 2 kg)", Dimension.Duration, errors));
        Assert.Equal([17, 25], errors.Select(e => e.Offset));
    }
}
