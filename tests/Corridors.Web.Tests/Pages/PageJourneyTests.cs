using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Corridors.Testing;
using Corridors.Web.Tests.Runs;
using Corridors.Web.Tests.Web;
using Microsoft.Playwright;

namespace Corridors.Web.Tests.Pages;

/// <summary>
/// A planner's journey in Debian's chromium (Playwright cannot download its own browser here): pick the
/// baseline, close Dostyk–Alashankou for March, run 10 replications, watch the progress reach 10 with the
/// running interval of goods delivered, read the comparison, click Altynkol for its facility figures, and
/// check that `corridors run` of the downloaded what-if writes the same summary.json.
/// </summary>
public sealed class PageJourneyTests : IAsyncLifetime
{
    /// <summary>Set to a file name, the journey saves its picture of the page there (eng/web-page-screenshot does).</summary>
    public const string ScreenshotVariable = "CORRIDORS_WEB_SCREENSHOT";

    private const string Chromium = "/usr/bin/chromium";
    private const int Replications = 10;
    private PageServer _server = null!;

    public async Task InitializeAsync() => _server = await PageServer.StartAsync(pending: false);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Journey_CloseDostykForMarch_RunsTenAndShowsAltynkolsThroughputRose()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing; .ci/run installs it (apt-get install -y chromium)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 1000 } });
        page.SetDefaultTimeout(120_000);
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

        // The what-if as the page offers it for download, run by the command line beside the library file it
        // extends — started now, so that it shares the two cores with the page's run instead of following it.
        var cli = Directory.CreateTempSubdirectory("corridors-web-cli-").FullName;
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download"));
        Assert.Equal("what-if.yaml", download.SuggestedFilename);
        await download.SaveAsAsync(Path.Combine(cli, "what-if.yaml"));
        File.Copy(Repository.File("scenarios", "caspian-baseline.yaml"), Path.Combine(cli, "caspian-baseline.yaml"));
        var commandLine = CliProcess.RunAsync(cli, "run", "what-if.yaml", "--replications", "10", "--seed", "20240101", "--out", "out", "--parallel", "2");

        await page.FillAsync("#replications", Replications.ToString(CultureInfo.InvariantCulture));
        var submitted = await page.RunAndWaitForRequestAsync(() => page.ClickAsync("#run"), new Regex("/api/runs/[0-9a-f]{32}/events$"));
        var id = new Regex("/api/runs/([0-9a-f]{32})/events$").Match(submitted.Url).Groups[1].Value;
        var following = _server.EventsAsync(id);

        // While the run goes, a click on Altynkol's circle shows what its facility grain has recorded so far.
        var nodes = JsonDocument.Parse(await _server.Http.GetStringAsync(new Uri("/api/scenarios/caspian-baseline", UriKind.Relative))).RootElement.GetProperty("nodes")
            .EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        var altynkolCircle = page.Locator("#map .mark-symbol.role-mark path").Nth(nodes.IndexOf("altynkol-khorgos"));
        await Assertions.Expect(page.Locator("#run-status")).ToHaveTextAsync(new Regex("^Running: the what-if [1-9] of 10 "), new() { Timeout = 60_000 });
        // Dispatched on the circle itself: a pointer click at its centre may land on a neighbour drawn above it.
        await altynkolCircle.DispatchEventAsync("click");
        await Assertions.Expect(page.Locator("#facility h3, #error:not([hidden])").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        Assert.Equal("", await page.TextContentAsync("#error"));
        Assert.Matches("^altynkol-khorgos: BorderCrossing Altynkol .*; storage .* — ([1-9]|10) replications recorded$", await page.TextContentAsync("#facility h3"));
        var events = await following;

        // No eval in the test: the page's Content-Security-Policy forbids it, and that is part of what is tested.
        await Assertions.Expect(page.Locator("#run-status")).ToHaveTextAsync(new Regex("^(Finished|Failed)"), new() { Timeout = 120_000 });
        Assert.Equal($"Finished: {Replications} replications of the what-if and of caspian-baseline, seed 20240101.", await page.TextContentAsync("#run-status"));
        Assert.Equal("20", await page.GetAttributeAsync("#progress", "max"));
        Assert.Equal("20", await page.GetAttributeAsync("#progress", "value"));

        // The progress reached 10 of 10 for both, never went back, and each running interval of goods delivered is
        // that of the first n replications the finished run wrote, worked out by hand.
        Assert.Equal(("finished", Replications, Replications), (events[^1].State, events[^1].Done, events[^1].BaseDone));
        Assert.True(events.Zip(events.Skip(1)).All(p => p.First.Done <= p.Second.Done && p.First.BaseDone <= p.Second.BaseDone), "replications done never go back");
        var delivered = DeliveredByHand.PerReplication(Path.Combine(_server.DataFolder, "runs", id, "run", "replications.csv"));
        Assert.Equal(Replications, delivered.Count);
        foreach (var point in events.Select(e => e.Delivered).OfType<DeliveredPoint>())
        {
            DeliveredByHand.AssertMatches(delivered, point);
        }

        var final = events[^1].Delivered!;
        Assert.Equal(Replications, final.N);
        Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"Goods delivered: what-if {final.Mean:F2} ± {final.HalfWidth:F2} Mt/yr, base "),
            await page.TextContentAsync("#headline"), StringComparison.Ordinal);

        // The comparison the page shows says Altynkol's throughput rose: compare.csv, as the page links it.
        var csvLink = await page.GetAttributeAsync("#link-csv", "href");
        var altynkol = (await _server.Http.GetStringAsync(new Uri(csvLink!, UriKind.Relative))).Split('\n')
            .Single(l => l.Contains(",node,altynkol-khorgos,tonnes_per_year,", StringComparison.Ordinal)).Split(',');
        Assert.True(double.Parse(altynkol[8], CultureInfo.InvariantCulture) > 0, string.Join(',', altynkol));
        Assert.Equal("changed", altynkol[^1]);
        var comparison = page.FrameLocator("#comparison");
        await comparison.Locator("body[data-rendered='yes']").WaitForAsync();

        // Once the run is over, the click shows the run's own figures, from its outputs.
        await altynkolCircle.DispatchEventAsync("click");
        await Assertions.Expect(page.Locator("#facility h3")).ToHaveTextAsync(new Regex("summary.json — 10 replications recorded$"), new() { Timeout = 20_000 });
        Assert.Equal("", await page.TextContentAsync("#error"));

        // The downloaded what-if is the one the run read, and `corridors run` of it wrote the same summary bytes.
        try
        {
            var runFile = await _server.Http.GetStringAsync(new Uri(await page.GetAttributeAsync("#link-yaml", "href") ?? "", UriKind.Relative));
            Assert.Equal(runFile, await File.ReadAllTextAsync(Path.Combine(cli, "what-if.yaml")));
            var (exit, _, error) = await commandLine;
            Assert.True(exit == 0, error);
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(cli, "out", "summary.json")),
                await _server.Http.GetByteArrayAsync(new Uri($"/api/runs/{id}/summary.json", UriKind.Relative)));
        }
        finally
        {
            // Not to delete its folder under it; an exception of its own was reported above.
            await Task.WhenAny(commandLine);
            Directory.Delete(cli, recursive: true);
        }

        await Screenshot(page);
        Assert.Empty(errors);
    }

    // The README's picture: from the top of the page, full width, down to the run — the edit beside the YAML it
    // wrote, the finished run's progress and interval, and Altynkol's figures.
    private static async Task Screenshot(IPage page)
    {
        var path = Environment.GetEnvironmentVariable(ScreenshotVariable) is { Length: > 0 } asked ? asked : Path.Combine(AppContext.BaseDirectory, "web-page.png");
        // Boxes are measured from the window, wherever the page is scrolled; the header's top is the page's.
        var top = await page.Locator("header").BoundingBoxAsync() ?? throw new InvalidOperationException("the page has no header");
        var runner = await page.Locator("#runner").BoundingBoxAsync() ?? throw new InvalidOperationException("the run section is not shown");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true, Clip = new() { X = 0, Y = 0, Width = 1280, Height = runner.Y + runner.Height - top.Y + 24 } });
    }
}
