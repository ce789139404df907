using System.Net;
using System.Text.Json;
using Corridors.Web.Tests.Web;
using Corridors.Web.WhatIf;

namespace Corridors.Web.Tests.Runs;

/// <summary>A run to a precision target on an embedded silo, over a small library (replications take milliseconds), against `corridors run --precision`.</summary>
public sealed class RunExecutorTests : IAsyncLifetime
{
    private const int Cap = 30;
    private PageServer _page = null!;

    public async Task InitializeAsync() => _page = await PageServer.StartAsync(pending: false, PageServer.WithSmallLibrary);

    public async Task DisposeAsync() => await _page.DisposeAsync();

    [Fact]
    public async Task Run_WithPrecisionTarget_KeepsWhatCorridorsRunPrecisionKeeps()
    {
        using var written = await _page.PostAsync("/api/what-if", new EditRequest("minimal", [new WhatIfEdit { Kind = "scale-all", Factor = 1.5 }]));
        var yaml = JsonDocument.Parse(await written.Content.ReadAsStringAsync()).RootElement.GetProperty("yaml").GetString()!;

        using var submitted = await _page.PostAsync("/api/runs", new RunRequest(yaml, PrecisionPercent: 5, MaxReplications: Cap));
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        var id = JsonDocument.Parse(await submitted.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        var events = await _page.EventsAsync(id);

        var last = events[^1];
        Assert.Equal("finished", last.State);
        Assert.Equal(5, last.PrecisionPercent);

        // Neither the minimum (10) nor the cap: the run stopped where the target was met, inside a batch.
        Assert.InRange(last.Replications, 11, Cap - 1);
        Assert.Equal(last.Replications, last.Delivered!.N);
        Assert.All(events.Where(e => e.State == "running"), e => Assert.Equal(Cap, e.Target));

        // The command line, given the same target and cap, keeps the same replications: the same summary bytes.
        var folder = Directory.CreateTempSubdirectory("corridors-web-cli-").FullName;
        try
        {
            File.Copy(Path.Combine(_page.Options.LibraryFolder, "minimal.yaml"), Path.Combine(folder, "minimal.yaml"));
            await File.WriteAllBytesAsync(Path.Combine(folder, "what-if.yaml"), await _page.Http.GetByteArrayAsync(new Uri($"/api/runs/{id}/what-if.yaml", UriKind.Relative)));
            var (exit, output, error) = await CliProcess.RunAsync(folder, "run", "what-if.yaml", "--precision", "5%", "--max-replications", "30", "--seed", "42", "--out", "out");
            Assert.True(exit == 0, error);
            Assert.Contains($"Precision: every headline figure is within ±5 % after {last.Replications} replications.", output, StringComparison.Ordinal);
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(folder, "out", "summary.json")),
                await _page.Http.GetByteArrayAsync(new Uri($"/api/runs/{id}/summary.json", UriKind.Relative)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        // Every running interval of goods delivered over replications the run kept is that of its first n, by hand.
        var delivered = DeliveredByHand.PerReplication(Path.Combine(_page.DataFolder, "runs", id, "run", "replications.csv"));
        foreach (var point in events.Select(e => e.Delivered).OfType<DeliveredPoint>().Where(p => p.N <= delivered.Count))
        {
            DeliveredByHand.AssertMatches(delivered, point);
        }
    }
}
