using Corridors.Core.Model;

namespace Corridors.Core.Tests.Model;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("aktau", "aktua", 1)]
    [InlineData("berths", "bearths", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void Distance_OfTwoWords_CountsEditsWithSwapsAsOne(string a, string b, int expected) =>
        Assert.Equal(expected, Suggestions.Distance(a, b));

    [Fact]
    public void DidYouMean_CloseMisspelling_NamesTheCandidate() =>
        Assert.Equal(" — did you mean 'aktau'?", Suggestions.DidYouMean("aktua", ["kuryk", "aktau", "alat"]));

    [Fact]
    public void DidYouMean_NothingClose_ReturnsEmpty() =>
        Assert.Equal("", Suggestions.DidYouMean("harbour", ["port", "hub", "city"]));

    [Fact]
    public void Closest_CaseOnlyDifference_SuggestsTheCandidate() =>
        Assert.Equal("km", Suggestions.Closest("KM", ["km", "nmi"]));

    [Fact]
    public void Closest_ShortPrefix_SuggestsIt() =>
        Assert.Equal("kn", Suggestions.Closest("knots", ["km/h", "kn"]));

    [Fact]
    public void Closest_LongWordBeginningWithACandidate_SuggestsNothing() =>
        Assert.Null(Suggestions.Closest("olya-nowshahr", ["olya", "aktau"]));
}
