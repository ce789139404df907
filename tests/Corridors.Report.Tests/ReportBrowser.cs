using Microsoft.Playwright;

namespace Corridors.Report.Tests;

/// <summary>
/// Opens a report from file:// in Debian's chromium (Playwright's own browser download cannot work
/// offline) with every network request aborted, and records requests and console errors.
/// </summary>
internal sealed class ReportBrowser : IAsyncDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private ReportBrowser(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    public List<string> Requests { get; } = [];

    public static async Task<ReportBrowser> OpenAsync(string report)
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing; .ci/run installs it (apt-get install -y chromium)");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 1000 } });
        var opened = new ReportBrowser(playwright, browser, page);
        var url = new Uri(report).AbsoluteUri;
        await page.RouteAsync("**/*", route => route.Request.Url == url ? route.ContinueAsync() : route.AbortAsync());
        page.Request += (_, request) => opened.Requests.Add(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                opened.Errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => opened.Errors.Add(error);
        await page.GotoAsync(url);
        await page.WaitForSelectorAsync("body[data-rendered]", new() { Timeout = 30_000 });
        Assert.Equal("yes", await page.GetAttributeAsync("body", "data-rendered"));
        return opened;
    }

    /// <summary>Counts the drawn marks (not legend symbols) matching <paramref name="selector"/> inside <paramref name="chart"/>.</summary>
    public Task<int> CountAsync(string chart, string selector) => Page.Locator($"#{chart} {selector}").CountAsync();

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
