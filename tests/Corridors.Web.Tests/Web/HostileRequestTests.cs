using System.Net;
using System.Text;
using Corridors.Web.WhatIf;

namespace Corridors.Web.Tests.Web;

/// <summary>Hostile use, each refused with its message, on a server whose runs never start (no silo: fast and deterministic).</summary>
public sealed class HostileRequestTests : IAsyncLifetime
{
    private const string Extends = "extends: caspian-baseline.yaml\n";
    private PageServer _page = null!;

    public async Task InitializeAsync() => _page = await PageServer.StartAsync(pending: true);

    public async Task DisposeAsync() => await _page.DisposeAsync();

    [Fact]
    public async Task Validate_TextOverTheLimit_Is413WithItsSize()
    {
        var text = Extends + new string('#', 300_000);

        using var response = await _page.PostAsync("/api/validate", new RunRequest(text));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("the scenario text is 300,031 bytes; expected at most 262,144 bytes (256 KiB)", await PageServer.DetailAsync(response));
    }

    [Fact]
    public async Task Run_BodyOverTheHardLimit_Is413BeforeReading()
    {
        using var content = new ByteArrayContent(new byte[2_000_000]);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/runs") { Content = content };
        request.Headers.Add(Corridors.Web.Web.PageToken.Header, _page.Token);

        // The client waits for the server's go-ahead before sending the body; refused before reading, it never sends it
        // (sent anyway, the server's close after its answer can reset the connection under the client's writes).
        request.Headers.ExpectContinue = true;

        using var response = await _page.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("the request body is 2,000,000 bytes; expected at most 1,638,400 bytes", await PageServer.DetailAsync(response));
    }

    [Fact]
    public async Task Run_AliasBomb_IsRefusedWithTheLoadersMessage()
    {
        var bomb = new StringBuilder(Extends).Append("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 'b'; level <= 'j'; level++)
        {
            bomb.Append(level).Append(": &").Append(level).Append(" [").AppendJoin(", ", Enumerable.Repeat($"*{(char)(level - 1)}", 9)).Append("]\n");
        }

        using var response = await _page.PostAsync("/api/runs", new RunRequest(bomb.ToString(), 2));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("what-if.yaml:2:4: error: anchors (&name) are not supported; expected plain values (use extends: to build on another scenario)",
            await PageServer.DetailAsync(response));
    }

    [Theory]
    [InlineData("/api/scenarios/..%2F..%2Fetc%2Fpasswd", "no scenario '..%2F..%2Fetc%2Fpasswd' in the library; expected one of ")]
    [InlineData("/api/scenarios/%2Fetc%2Fpasswd/map", "no scenario '%2Fetc%2Fpasswd' in the library; expected one of ")]
    [InlineData("/api/runs/..%2F..%2Fetc%2Fpasswd/summary.json", "no run '..%2F..%2Fetc%2Fpasswd'; expected the 32-hex id a run request answered")]
    public async Task Get_PathTraversalId_Is404NamingTheId(string path, string detail)
    {
        using var response = await _page.Http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.StartsWith(detail, await PageServer.DetailAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatIf_PathTraversalBase_Is404ListingTheLibrary()
    {
        using var response = await _page.PostAsync("/api/what-if", new EditRequest("../../etc/passwd", []));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("no scenario '../../etc/passwd' in the library; expected one of astrakhan-atyrau-trade-center, astrakhan-india, ayagoz-tacheng-rail, "
            + "caspian-baseline, caspian-shallowing, northern-ice-severe, omsk-pavlodar, storm-season, trade-triples", await PageServer.DetailAsync(response));
    }

    [Fact]
    public async Task Run_ExtendsAFileOutsideTheLibrary_IsRefusedAndNothingIsRead()
    {
        using var response = await _page.PostAsync("/api/runs", new RunRequest("extends: ../../../../etc/passwd\nname: x\n", 2));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var detail = await PageServer.DetailAsync(response);
        Assert.StartsWith("what-if.yaml:1:10: error: ", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutTheToken_Is403()
    {
        using var response = await _page.PostAsync("/api/runs", new RunRequest(Extends, 2), withToken: false);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("the request lacks this page's anti-forgery token (header X-Corridors-Token); reload the page and try again", await PageServer.DetailAsync(response));
    }

    [Fact]
    public async Task Post_FromAnotherOrigin_Is403EvenWithTheToken()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/validate") { Content = new StringContent("{}") };
        request.Headers.Add(Corridors.Web.Web.PageToken.Header, _page.Token);
        request.Headers.Add("Origin", "http://evil.example");

        using var response = await _page.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.StartsWith("a request from another site (http://evil.example) is refused", await PageServer.DetailAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatIf_MalformedEdit_Is422WithEveryProblem()
    {
        using var response = await _page.PostAsync("/api/what-if", new EditRequest("caspian-baseline", [new WhatIfEdit { Kind = "close", Target = "dostyk-alashankou", From = "2024-03-31", To = "2024-03-01" }]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("edit 1 (close): from 2024-03-31 is after to 2024-03-01; expected the first day, then the last", await PageServer.DetailAsync(response));
    }

    [Fact]
    public async Task Internals_NeverReachThePage()
    {
        using var response = await _page.PostAsync("/api/runs", new { text = Extends, replications = "many" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("the request body is not the JSON expected: ", await PageServer.DetailAsync(response), StringComparison.Ordinal);
        Assert.DoesNotContain(" at Corridors.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("System.Text.Json", body, StringComparison.Ordinal);
    }
}
