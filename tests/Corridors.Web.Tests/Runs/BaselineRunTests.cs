using System.Net;
using System.Text.Json;
using Corridors.Testing;
using Corridors.Web.Tests.Web;

namespace Corridors.Web.Tests.Runs;

/// <summary>A short run of the baseline through the page on an embedded silo, against `corridors run` of the YAML it offers for download.</summary>
public sealed class BaselineRunTests : IAsyncLifetime
{
    private const int Replications = 2;
    private PageServer _page = null!;

    public async Task InitializeAsync() => _page = await PageServer.StartAsync(pending: false);

    public async Task DisposeAsync() => await _page.DisposeAsync();

    [Fact]
    public async Task Run_Baseline_ReportsProgressAndWritesTheSummaryOfCorridorsRun()
    {
        using var written = await _page.PostAsync("/api/what-if", new EditRequest("caspian-baseline", []));
        var yaml = JsonDocument.Parse(await written.Content.ReadAsStringAsync()).RootElement.GetProperty("yaml").GetString()!;

        using var submitted = await _page.PostAsync("/api/runs", new RunRequest(yaml, Replications));
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        var id = JsonDocument.Parse(await submitted.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;

        // A watcher gets the newest state at each wake-up (states in between may be skipped), ending with the finished run.
        var events = await EventsAsync(id);
        Assert.Contains(events, e => e.State == "running" && e.Phase == "what-if" && e.Target == Replications);
        Assert.Equal(("finished", Replications, Replications), (events[^1].State, events[^1].Done, events[^1].Target));
        Assert.True(events.Zip(events.Skip(1)).All(p => p.First.Version < p.Second.Version), "each event is a newer state");
        Assert.True(events.Where(e => e.Phase == "what-if").Zip(events.Where(e => e.Phase == "what-if").Skip(1)).All(p => p.First.Done <= p.Second.Done), "replications done never go back");

        // The downloaded what-if, run by the command line beside the library file it extends.
        var folder = Directory.CreateTempSubdirectory("corridors-web-cli-").FullName;
        try
        {
            File.Copy(Repository.File("scenarios", "caspian-baseline.yaml"), Path.Combine(folder, "caspian-baseline.yaml"));
            await File.WriteAllBytesAsync(Path.Combine(folder, "what-if.yaml"), await _page.Http.GetByteArrayAsync(new Uri($"/api/runs/{id}/what-if.yaml", UriKind.Relative)));
            var (exit, _, error) = await CliProcess.RunAsync(folder, "run", "what-if.yaml", "--replications", "2", "--seed", "20240101", "--out", "out", "--parallel", "2");
            Assert.True(exit == 0, error);

            var page = await _page.Http.GetByteArrayAsync(new Uri($"/api/runs/{id}/summary.json", UriKind.Relative));
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(folder, "out", "summary.json")), page);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        // A second identical request is answered by the first run; its facility grains hold both replications.
        using var again = await _page.PostAsync("/api/runs", new RunRequest(yaml, Replications));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(id, JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString());
        var facility = JsonDocument.Parse(await _page.Http.GetStringAsync(new Uri($"/api/runs/{id}/facilities/altynkol-khorgos", UriKind.Relative))).RootElement;
        Assert.Equal(Replications, facility.GetProperty("replications").GetInt32());
        Assert.Contains(facility.GetProperty("figures").EnumerateArray(), f => f.GetProperty("name").GetString() == "tonnes_per_year" && f.GetProperty("n").GetInt32() == Replications);
        using var comparison = await _page.Http.GetAsync(new Uri($"/api/runs/{id}/comparison", UriKind.Relative));
        Assert.Equal("text/html", comparison.Content.Headers.ContentType?.MediaType);
    }

    private async Task<List<Progress>> EventsAsync(string id)
    {
        using var stream = await _page.Http.GetStreamAsync(new Uri($"/api/runs/{id}/events", UriKind.Relative));
        using var reader = new StreamReader(stream);
        var events = new List<Progress>();
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                events.Add(JsonSerializer.Deserialize<Progress>(line["data: ".Length..], Corridors.Web.Web.ApiJson.Options)!);
            }
        }

        return events;
    }

    private sealed record Progress(string Id, string State, string Phase, int Done, int Target, string Base, int Replications, ulong Seed, string? Problem, int Version);
}
