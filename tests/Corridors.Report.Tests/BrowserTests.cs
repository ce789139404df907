using System.Globalization;
using System.Text.Json;

namespace Corridors.Report.Tests;

/// <summary>The reports as a person sees them: opened offline in chromium, every chart drawn, no error, the tooltips right.</summary>
[Collection(SharedReportOutputs.Name)]
public sealed class BrowserTests(ReportOutputs outputs)
{
    // Vega draws each datum of a circle layer as a path in a symbol group, each rule as a line; legends use other roles.
    private const string NodeMarks = ".mark-symbol.role-mark path";
    private const string LinkMarks = ".mark-rule.role-mark line";

    [Fact]
    public async Task BaselineReport_OpenedOffline_DrawsOneSymbolPerBusyNodeAndOneLinePerBusyLink()
    {
        await using var browser = await ReportBrowser.OpenAsync(outputs.RunReportPath);
        using var summary = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outputs.RunFolder, "summary.json")));

        Assert.Empty(browser.Errors);
        Assert.Equal([new Uri(outputs.RunReportPath).AbsoluteUri], browser.Requests);
        Assert.Equal(Busy(summary, "nodes"), await browser.CountAsync("chart-map", NodeMarks));
        Assert.Equal(Busy(summary, "links"), await browser.CountAsync("chart-map", LinkMarks));
        foreach (var chart in new[] { "chart-corridor-tonnes", "chart-corridor-transit", "chart-nodes", "chart-queues" })
        {
            Assert.True(await browser.CountAsync(chart, ".role-mark > *") > 0, $"{chart} has no marks");
        }

        var aktau = summary.RootElement.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "aktau");
        var throughput = (aktau.GetProperty("metrics").GetProperty("tonnes_per_year").GetProperty("mean").GetDouble() / 1000).ToString("#,0.0", CultureInfo.InvariantCulture) + " kt/yr";
        Assert.Contains(throughput, await TooltipOfAsync(browser, "Port of Aktau"), StringComparison.Ordinal);

        var picture = Path.Combine(AppContext.BaseDirectory, "report-map.png");
        await browser.Page.Locator("#chart-map").ScreenshotAsync(new() { Path = picture });
        Assert.True(new FileInfo(picture).Length > 10_000, $"the map screenshot {picture} is nearly empty");
    }

    [Fact]
    public async Task ComparisonReport_OpenedOffline_DrawsEveryLinkThatCarriedGoodsInEitherPlan()
    {
        await using var browser = await ReportBrowser.OpenAsync(outputs.ComparisonReportPath);
        var rows = File.ReadAllLines(Path.Combine(outputs.ComparisonFolder, "compare.csv")).Skip(1).Select(l => l.Split(','))
            .Where(c => c[4] == "tonnes_per_year" && (double.Parse(c[6], CultureInfo.InvariantCulture) > 0 || double.Parse(c[7], CultureInfo.InvariantCulture) > 0)).ToList();

        Assert.Empty(browser.Errors);
        Assert.Equal([new Uri(outputs.ComparisonReportPath).AbsoluteUri], browser.Requests);
        Assert.Equal(rows.Count(c => c[2] == "link"), await browser.CountAsync("chart-map-0", LinkMarks));
        Assert.Equal(rows.Count(c => c[2] == "node"), await browser.CountAsync("chart-map-0", NodeMarks));
        Assert.True(await browser.CountAsync("chart-forest-0", ".mark-symbol.role-mark path") > 0, "the forest plot has no points");
        Assert.True(await browser.CountAsync("chart-forest-0", ".mark-rule.role-mark line") > 0, "the forest plot has no intervals");
    }

    private static int Busy(JsonDocument summary, string scope) =>
        summary.RootElement.GetProperty(scope).EnumerateArray().Count(e => e.GetProperty("metrics").GetProperty("tonnes_per_year").GetProperty("mean").GetDouble() > 0);

    // Vega's tooltip shows on hover; the circles carry no ids, so hover each until the tooltip names the node.
    private static async Task<string> TooltipOfAsync(ReportBrowser browser, string name)
    {
        var circles = browser.Page.Locator($"#chart-map {NodeMarks}");
        var tooltip = browser.Page.Locator("#vg-tooltip-element");
        for (var i = 0; i < await circles.CountAsync(); i++)
        {
            await circles.Nth(i).HoverAsync(new() { Force = true });
            var text = await tooltip.IsVisibleAsync() ? await tooltip.InnerTextAsync() : "";
            if (text.Contains(name, StringComparison.Ordinal))
            {
                return text;
            }
        }

        return $"no tooltip names {name}";
    }
}
