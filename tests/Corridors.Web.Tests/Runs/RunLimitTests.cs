using System.Net;
using System.Text.Json;
using Corridors.Web.Tests.Web;

namespace Corridors.Web.Tests.Runs;

/// <summary>The queue's limits, on a server whose runs never start: what is admitted stays queued, so the counts are exact.</summary>
public sealed class RunLimitTests : IAsyncLifetime
{
    private const string Baseline = "extends: caspian-baseline.yaml\n";
    private PageServer _page = null!;

    public async Task InitializeAsync() =>
        _page = await PageServer.StartAsync(pending: true, o => o with { MaxExperimentsPerClient = 2, MaxExperimentsQueued = 3 });

    public async Task DisposeAsync() => await _page.DisposeAsync();

    [Fact]
    public async Task Run_OverThePerClientLimit_Is429WithTheLimit()
    {
        Assert.Equal(HttpStatusCode.Accepted, await StatusOf(Seed(1)));
        Assert.Equal(HttpStatusCode.Accepted, await StatusOf(Seed(2)));

        using var third = await _page.PostAsync("/api/runs", Seed(3));

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("you have 2 runs queued or running; at most 2 per client — wait for one to finish", await PageServer.DetailAsync(third));
    }

    [Fact]
    public async Task Run_WhenTheQueueIsFull_Is429ForAnotherClientToo()
    {
        using var other = _page.Client(IPAddress.Parse("127.0.0.2"));
        Assert.Equal(HttpStatusCode.Accepted, await StatusOf(Seed(1)));
        Assert.Equal(HttpStatusCode.Accepted, await StatusOf(Seed(2)));
        Assert.Equal(HttpStatusCode.Accepted, await StatusOf(Seed(3), other));

        using var fourth = await _page.PostAsync("/api/runs", Seed(4), client: other);

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.Equal("the queue is full (3 runs queued or running, at most 3); try again when one finishes", await PageServer.DetailAsync(fourth));
    }

    [Fact]
    public async Task Run_IdenticalRequest_IsAnsweredByTheFirstRunAndNotCounted()
    {
        using var first = await _page.PostAsync("/api/runs", Seed(1));
        using var second = await _page.PostAsync("/api/runs", Seed(1));
        using var third = await _page.PostAsync("/api/runs", Seed(1));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(await IdOf(first), await IdOf(second));
        Assert.Equal(HttpStatusCode.Accepted, await StatusOf(Seed(2)));
    }

    [Fact]
    public async Task Run_FiftyAtOnce_AreQueuedOrRefusedAndTheServerStillAnswers()
    {
        var responses = await Task.WhenAll(Enumerable.Range(100, 50).Select(async seed =>
        {
            using var response = await _page.PostAsync("/api/runs", Seed((ulong)seed));
            return response.StatusCode;
        }));

        Assert.Equal(2, responses.Count(s => s == HttpStatusCode.Accepted));
        Assert.Equal(48, responses.Count(s => s == HttpStatusCode.TooManyRequests));
        using var library = await _page.Http.GetAsync(new Uri("/api/scenarios", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, library.StatusCode);

        // Only the admitted runs wrote anything (the one running, its scenario files), each in its own folder under runs/.
        var runs = Path.Combine(_page.DataFolder, "runs");
        Assert.Equal([runs], Directory.GetFileSystemEntries(_page.DataFolder));
        Assert.InRange(Directory.GetDirectories(runs).Length, 0, 2);
        Assert.All(Directory.GetFiles(_page.DataFolder, "*", SearchOption.AllDirectories),
            file => Assert.Matches("^runs/[0-9a-f]{32}/scenario/(what-if|caspian-baseline)\\.yaml$", Path.GetRelativePath(_page.DataFolder, file)));
    }

    private static RunRequest Seed(ulong seed) => new(Baseline, 2, seed);

    private async Task<HttpStatusCode> StatusOf(RunRequest request, HttpClient? client = null)
    {
        using var response = await _page.PostAsync("/api/runs", request, client: client);
        return response.StatusCode;
    }

    private static async Task<string> IdOf(HttpResponseMessage response)
    {
        using var status = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return status.RootElement.GetProperty("id").GetString()!;
    }
}
