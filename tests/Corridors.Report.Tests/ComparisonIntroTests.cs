using Corridors.Report.Data;
using Corridors.Report.Page;

namespace Corridors.Report.Tests;

public sealed class ComparisonIntroTests
{
    [Fact]
    public void Intro_ListsTheCorridorsThatChanged_NotThoseSignificantBelowTheResolution()
    {
        // a->b: +2,500 t/yr, interval excludes 0: changed. c->d: +300 t/yr, significant but under 1 kt/yr.
        // e->f: only in the alternative, 399 kt/yr (its base counts as 0).
        var data = Data(
            Row("a->b:grain", 10_000, 12_500, 2_500, 400, significant: true, "changed"),
            Row("c->d:grain", 10_000, 10_300, 300, 100, significant: true, "no_change"),
            Row("e->f:grain", 0, 399_000, 399_000, 9_000, significant: true, "changed"));

        var html = System.Net.WebUtility.HtmlDecode(ComparisonIntro.Html(data));

        Assert.Contains(
            "alt: 2 of 3 corridors changed their tonnes per year beyond noise by 1 kt/yr or more: e->f:grain +399.0 kt/yr (390.0 to 408.0), new and a->b:grain +2.5 kt/yr (2.1 to 2.9).",
            html, StringComparison.Ordinal);
        Assert.DoesNotContain("c->d", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Intro_WithNothingChanged_SaysSoWithTheResolution()
    {
        var html = System.Net.WebUtility.HtmlDecode(ComparisonIntro.Html(Data(Row("c->d:grain", 10_000, 10_300, 300, 100, significant: true, "no_change"))));

        Assert.Contains("alt: no corridor's tonnes per year changed beyond noise by 1 kt/yr or more (1 corridor).", html, StringComparison.Ordinal);
    }

    private static Difference Row(string id, double baseMean, double altMean, double mean, double halfWidth, bool significant, string verdict) =>
        new("alt", "corridor", id, "tonnes_per_year", baseMean, altMean, mean, halfWidth, mean / baseMean, significant, verdict);

    private static ComparisonData Data(params Difference[] rows) => new()
    {
        Base = "base", Alternatives = ["alt"], Seed = 1, Replications = 10, Version = "test",
        Differences = rows, NetworkNodes = [], NetworkLinks = [],
    };
}
