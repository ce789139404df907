using Corridors.Report.Data;
using Corridors.Report.Page;

namespace Corridors.Report.Tests;

public sealed class RunIntroTests
{
    [Fact]
    public void Html_RunNotInSteadyState_StartsWithAWarningThatGivesTheReasons()
    {
        var html = RunIntro.Html(Run(["deliveries fell 44.8 % short of the tonnes generated after the warm-up", "corridor a->b:c delivered 61.0 % less"]));

        var warning = html.IndexOf("<p class=\"warning\"", StringComparison.Ordinal);
        Assert.True(warning > 0 && warning < html.IndexOf("<p>", StringComparison.Ordinal), html);
        Assert.Contains(
            "<strong>Not in steady state: the waits and transit times below are not settled results.</strong> "
            + "deliveries fell 44.8 % short of the tonnes generated after the warm-up; corridor a-&gt;b:c delivered 61.0 % less.</p>",
            html,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Html_RunInSteadyState_HasNoWarning()
    {
        Assert.DoesNotContain("warning", RunIntro.Html(Run([])), StringComparison.Ordinal);
    }

    private static RunData Run(IReadOnlyList<string> reasons) => new()
    {
        Folder = "out",
        Scenario = "test",
        Seed = 1,
        Replications = 2,
        Version = "0",
        MeasuredHours = 8760,
        StartDate = "2024-01-01",
        Bottlenecks = [],
        Corridors = [],
        Nodes = [],
        Links = [],
        NetworkNodes = [],
        NetworkLinks = [],
        Series = [],
        SteadyStateReasons = reasons,
    };
}
