using System.Net;
using Corridors.Web.Tests.Web;

namespace Corridors.Web.Tests.Runs;

/// <summary>How many replications, or which precision target: checked by the server, each mistake a 422 with its sentence (runs never start here).</summary>
public sealed class RunPlansTests : IAsyncLifetime
{
    private const string Baseline = "extends: caspian-baseline.yaml\n";
    private PageServer _page = null!;

    public async Task InitializeAsync() => _page = await PageServer.StartAsync(pending: true);

    public async Task DisposeAsync() => await _page.DisposeAsync();

    [Theory]
    [InlineData(1, null, null, "replications is 1; expected a whole number from 2 (a comparison needs two) to 200")]
    [InlineData(201, null, null, "replications is 201; expected a whole number from 2 (a comparison needs two) to 200")]
    [InlineData(10, 5.0, null, "replications and precision_percent both given; expected one of them")]
    [InlineData(null, 0.0, null, "precision_percent is 0; expected a percentage between 0 and 100 such as 5 (every headline figure within ±5 % of its mean)")]
    [InlineData(null, 100.0, 50, "precision_percent is 100; expected a percentage between 0 and 100 such as 5 (every headline figure within ±5 % of its mean)")]
    [InlineData(null, 5.0, 9, "max_replications is 9; expected a whole number from 10 to 200")]
    [InlineData(null, 5.0, 500, "max_replications is 500; expected a whole number from 10 to 200")]
    [InlineData(null, null, 50, "max_replications is the cap of a precision target; expected precision_percent with it, or replications alone")]
    public async Task Run_StopRuleOutOfRange_Is422WithItsSentence(int? replications, double? precision, int? cap, string detail)
    {
        using var response = await _page.PostAsync("/api/runs", new RunRequest(Baseline, replications, null, precision, cap));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(detail, await PageServer.DetailAsync(response));
    }

    [Fact]
    public async Task Run_PrecisionTarget_IsQueuedWithTheCapAsTarget()
    {
        using var response = await _page.PostAsync("/api/runs", new RunRequest(Baseline, null, null, 5, 40));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var status = System.Text.Json.JsonSerializer.Deserialize<ProgressEvent>(await response.Content.ReadAsStringAsync(), Corridors.Web.Web.ApiJson.Options)!;
        Assert.Equal(("queued", 40, 40, 5.0), (status.State, status.Target, status.Replications, status.PrecisionPercent));
    }
}
