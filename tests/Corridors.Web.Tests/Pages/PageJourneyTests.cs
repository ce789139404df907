using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Corridors.Web.Tests.Web;
using Microsoft.Playwright;

namespace Corridors.Web.Tests.Pages;

/// <summary>
/// A planner's journey in Debian's chromium (Playwright cannot download its own browser here): pick the
/// baseline, close Dostyk–Alashankou for March, run, watch the progress finish, read the comparison,
/// click Altynkol for its facility figures, and download the what-if.
/// </summary>
public sealed class PageJourneyTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private const int Replications = 2;
    private PageServer _server = null!;

    public async Task InitializeAsync() => _server = await PageServer.StartAsync(pending: false);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Journey_CloseDostykForMarch_RunsAndShowsAltynkolsThroughputRose()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing; .ci/run installs it (apt-get install -y chromium)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 1000 } });
        page.SetDefaultTimeout(90_000);
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{message.Location}: {message.Text}");
            }
        };

        await page.GotoAsync(_server.Server.Addresses[0]);
        await page.ClickAsync("#scenarios li[data-id='caspian-baseline']");
        await page.WaitForSelectorAsync("#map .mark-symbol.role-mark path");

        await page.SelectOptionAsync("#edit-kind", "close");
        await page.ClickAsync("#add-edit");
        await page.FillAsync("#edits input[name='target']", "dostyk-alashankou");
        await page.FillAsync("#edits input[name='from']", "2024-03-01");
        await page.FillAsync("#edits input[name='to']", "2024-03-31");
        await page.ClickAsync("#write");
        await page.WaitForSelectorAsync("#validity.valid");
        Assert.Equal("what-if.yaml: valid (0 warnings)", await page.TextContentAsync("#validity"));
        var yaml = await page.InputValueAsync("#yaml");
        Assert.Contains("    targets: dostyk-alashankou\n    from: 2024-03-01\n    to: 2024-03-31\n", yaml, StringComparison.Ordinal);

        await page.FillAsync("#replications", Replications.ToString(CultureInfo.InvariantCulture));
        await page.ClickAsync("#run");
        // No eval in the test: the page's Content-Security-Policy forbids it, and that is part of what is tested.
        await Assertions.Expect(page.Locator("#run-status")).ToHaveTextAsync(new Regex("^(Finished|Failed)"), new() { Timeout = 90_000 });
        Assert.Equal($"Finished: {Replications} replications of the what-if and of caspian-baseline, seed 20240101.", await page.TextContentAsync("#run-status"));
        Assert.Equal(await page.GetAttributeAsync("#progress", "max"), await page.GetAttributeAsync("#progress", "value"));

        // The comparison the page shows says Altynkol's throughput rose: compare.csv, as the page links it.
        var csvLink = await page.GetAttributeAsync("#link-csv", "href");
        var altynkol = (await _server.Http.GetStringAsync(new Uri(csvLink!, UriKind.Relative))).Split('\n')
            .Single(l => l.Contains(",node,altynkol-khorgos,tonnes_per_year,", StringComparison.Ordinal)).Split(',');
        Assert.True(double.Parse(altynkol[8], CultureInfo.InvariantCulture) > 0, string.Join(',', altynkol));
        Assert.Equal("changed", altynkol[^1]);
        var comparison = page.FrameLocator("#comparison");
        await comparison.Locator("body[data-rendered='yes']").WaitForAsync();

        // A click on Altynkol's circle shows its facility's figures over the run's replications.
        var nodes = JsonDocument.Parse(await _server.Http.GetStringAsync(new Uri("/api/scenarios/caspian-baseline", UriKind.Relative))).RootElement.GetProperty("nodes")
            .EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        // Dispatched on the circle itself: a pointer click at its centre may land on a neighbour drawn above it.
        await page.Locator("#map .mark-symbol.role-mark path").Nth(nodes.IndexOf("altynkol-khorgos")).DispatchEventAsync("click");
        await Assertions.Expect(page.Locator("#facility h3, #error:not([hidden])").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        Assert.Equal("", await page.TextContentAsync("#error"));
        Assert.StartsWith($"altynkol-khorgos: ", await page.TextContentAsync("#facility h3"), StringComparison.Ordinal);
        Assert.EndsWith($" — {Replications} replications recorded", await page.TextContentAsync("#facility h3"), StringComparison.Ordinal);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download"));
        Assert.Equal("what-if.yaml", download.SuggestedFilename);
        var saved = Path.Combine(Path.GetTempPath(), $"corridors-journey-{Environment.ProcessId}.yaml");
        await download.SaveAsAsync(saved);
        var runFile = await _server.Http.GetStringAsync(new Uri(await page.GetAttributeAsync("#link-yaml", "href") ?? "", UriKind.Relative));
        Assert.Equal(runFile, await File.ReadAllTextAsync(saved));
        File.Delete(saved);

        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "web-page.png"), FullPage = false });
        Assert.Empty(errors);
    }
}
