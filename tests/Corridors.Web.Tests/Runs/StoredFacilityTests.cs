using System.Net;
using System.Text.Json;
using Corridors.Web.Tests.Web;

namespace Corridors.Web.Tests.Runs;

/// <summary>A finished run's facility figures come from its outputs, so a restarted server still shows them.</summary>
public sealed class StoredFacilityTests : IAsyncLifetime
{
    private const string WhatIf = "extends: minimal.yaml\nname: minimal-ferry-closed\ndisruptions:\n  ferry-closed:\n    kind: closure\n    targets: ferry\n    from: 2024-01-20\n    to: 2024-01-31\n";
    private PageServer _page = null!;

    public async Task InitializeAsync() => _page = await PageServer.StartAsync(pending: false, PageServer.WithSmallLibrary);

    public async Task DisposeAsync() => await _page.DisposeAsync();

    [Fact]
    public async Task Facility_AfterARestart_IsTheRunsFiguresFromItsSummary()
    {
        using var submitted = await _page.PostAsync("/api/runs", new RunRequest(WhatIf, 3));
        var id = JsonDocument.Parse(await submitted.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        var before = await _page.EventsAsync(id);
        Assert.Equal("finished", before[^1].State);
        var figures = await _page.Http.GetStringAsync(new Uri($"/api/runs/{id}/facilities/west-port", UriKind.Relative));

        _page = await _page.RestartAsync();

        Assert.Equal(figures, await _page.Http.GetStringAsync(new Uri($"/api/runs/{id}/facilities/west-port", UriKind.Relative)));
        var after = JsonSerializer.Deserialize<ProgressEvent>(await _page.Http.GetStringAsync(new Uri($"/api/runs/{id}", UriKind.Relative)), Corridors.Web.Web.ApiJson.Options)!;
        Assert.Equal(before[^1] with { Version = 0 }, after);

        // The figures are the summary's: west-port's utilization over the run's three replications.
        using var facility = JsonDocument.Parse(figures);
        using var summary = JsonDocument.Parse(await _page.Http.GetStringAsync(new Uri($"/api/runs/{id}/summary.json", UriKind.Relative)));
        var utilization = summary.RootElement.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "west-port")
            .GetProperty("metrics").GetProperty("utilization");
        var shown = facility.RootElement.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "utilization");
        Assert.Equal((3, 3), (facility.RootElement.GetProperty("replications").GetInt32(), shown.GetProperty("n").GetInt32()));
        Assert.Equal(utilization.GetProperty("mean").GetDouble(), shown.GetProperty("mean").GetDouble());
        Assert.Equal(utilization.GetProperty("half_width").GetDouble(), shown.GetProperty("half_width").GetDouble());
        Assert.Equal("West port (port); the run's own figures, from its summary.json", facility.RootElement.GetProperty("description").GetString());

        // An unknown node of the restarted run is a 404 with a sentence; a second identical request is the first run.
        using var unknown = await _page.Http.GetAsync(new Uri($"/api/runs/{id}/facilities/nowhere", UriKind.Relative));
        Assert.Equal((HttpStatusCode.NotFound, "no node 'nowhere' in this run's scenario"), (unknown.StatusCode, await PageServer.DetailAsync(unknown)));
        using var again = await _page.PostAsync("/api/runs", new RunRequest(WhatIf, 3));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }
}
