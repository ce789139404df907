using Corridors.Scenarios.Text;

namespace Corridors.Scenarios.Tests.Text;

public sealed class QuantityParserTests
{
    [Theory]
    [InlineData("350 km", "Length", 350)]
    [InlineData("190 nmi", "Length", 351.88)]
    [InlineData("12 kn", "Speed", 22.224)]
    [InlineData("40 km/h", "Speed", 40)]
    [InlineData("6 h", "Duration", 6)]
    [InlineData("2.5 d", "Duration", 60)]
    [InlineData("45 min", "Duration", 0.75)]
    [InlineData("120000 t/yr", "MassPerYear", 120000)]
    [InlineData("4.5 Mt/yr", "MassPerYear", 4_500_000)]
    [InlineData("650 kt/yr", "MassPerYear", 650_000)]
    [InlineData("4500 TEU/yr", "TeuPerYear", 4500)]
    [InlineData("25 USD/t", "UsdPerTonne", 25)]
    [InlineData("0.032 kgCO2/tkm", "Co2PerTonneKm", 0.032)]
    [InlineData("90.3 gCO2/tkm", "Co2PerTonneKm", 0.0903)]
    [InlineData("0.12 USD/TEUkm", "UsdPerTeuKm", 0.12)]
    [InlineData("4800 t/d", "MassPerHour", 200)]
    [InlineData("14 t/TEU", "TonnesPerTeu", 14)]
    [InlineData("1520 mm", "Gauge", 1520)]
    [InlineData("1.5e3 t", "Mass", 1500)]
    [InlineData("-5 km", "Length", -5)]
    [InlineData("  7   h  ", "Duration", 7)]
    public void TryParse_WithKnownUnit_ReturnsValueInBaseUnit(string text, string dimensionName, double expected)
    {
        var dimension = Enum.Parse<Dimension>(dimensionName);
        Assert.True(QuantityParser.TryParse(text, [dimension], out var q, out _));
        Assert.Equal(expected, q.Value, 9);
        Assert.Equal(dimension, q.Dimension);
    }

    [Fact]
    public void TryParse_PlainNumberWhereNoneAccepted_ReturnsNumber()
    {
        Assert.True(QuantityParser.TryParse("0.4", [Dimension.None], out var q, out _));
        Assert.Equal(0.4, q.Value);
    }

    [Theory]
    [InlineData("350", "Length", 3, "is '350', which has no unit; expected a length in km or nmi")]
    [InlineData("12 h", "Speed", 3, "is '12 h', a duration; expected a speed in km/h or kn")]
    [InlineData("12 knots", "Speed", 3, "has unknown unit 'knots'; expected a speed in km/h or kn — did you mean 'kn'?")]
    [InlineData("350 KM", "Length", 4, "has unknown unit 'KM'; expected a length in km or nmi — did you mean 'km'?")]
    [InlineData("350km", "Length", 3, "is '350km', with no space between the number and the unit; expected '350 km'")]
    [InlineData("km 350", "Length", 0, "is 'km 350', which does not start with a number; expected a length in km or nmi")]
    [InlineData("", "Length", 0, "is empty; expected a length in km or nmi")]
    [InlineData("0.4 h", "None", 4, "is '0.4 h', which has a unit; expected a plain number")]
    [InlineData("1,000 t", "Mass", 1, "is '1,000 t', which has ',' inside the number; expected a plain decimal number such as 1200.5 (no thousands separators)")]
    public void TryParse_WithBadUnit_ExplainsWhatAndWhere(string text, string dimensionName, int offset, string message)
    {
        Assert.False(QuantityParser.TryParse(text, [Enum.Parse<Dimension>(dimensionName)], out _, out var error));
        Assert.Equal(message, error.Message);
        Assert.Equal(offset, error.Offset);
    }

    [Fact]
    public void TryParse_WithTwoAcceptedDimensions_TellsWhichMatched()
    {
        Assert.True(QuantityParser.TryParse("200 TEU", [Dimension.Mass, Dimension.Teu], out var q, out _));
        Assert.Equal(Dimension.Teu, q.Dimension);
        Assert.False(QuantityParser.TryParse("200 h", [Dimension.Mass, Dimension.Teu], out _, out var error));
        Assert.Equal("is '200 h', a duration; expected a mass in t or kt, or a number of containers in TEU", error.Message);
    }
}
