using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Corridors.Cluster.Hosting;
using Corridors.Testing;
using Corridors.Web.Runs;
using Corridors.Web.Web;

namespace Corridors.Web.Tests.Web;

/// <summary>A `corridors serve` host on a free loopback port over the repository's scenario library and a fresh data folder, with a client that carries the page's token.</summary>
internal sealed partial class PageServer : IAsyncDisposable
{
    private PageServer(WebServer server, WebOptions options, string token, StringWriter errors)
    {
        Server = server;
        Options = options;
        Token = token;
        Errors = errors;
        Http = Client(IPAddress.Loopback);
    }

    public WebServer Server { get; }

    public WebOptions Options { get; }

    public string Token { get; }

    public StringWriter Errors { get; }

    public HttpClient Http { get; }

    public string DataFolder => Options.DataFolder;

    /// <summary>Starts a server; <paramref name="pending"/>: its runs never start (no silo), for the queue's limits.</summary>
    public static async Task<PageServer> StartAsync(bool pending, Func<WebOptions, WebOptions>? tune = null)
    {
        var data = Directory.CreateTempSubdirectory("corridors-web-").FullName;
        var options = new WebOptions([WebServer.Loopback(0)], Repository.File("scenarios"), data, null, "test", 2, SiloLogging.Quiet);
        options = tune?.Invoke(options) ?? options;
        var errors = new StringWriter();
        var server = await WebServer.StartAsync(options, errors, pending ? ExperimentGateway.Pending() : null);
        using var http = new HttpClient { BaseAddress = new Uri(server.Addresses[0]) };
        var page = await http.GetStringAsync("/");
        var token = TokenPattern().Match(page).Groups[1].Value;
        return new PageServer(server, options, token, errors);
    }

    /// <summary>A client whose connections come from <paramref name="source"/> (any of 127.0.0.0/8 is this machine), so the server sees another client.</summary>
    public HttpClient Client(IPAddress source)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellation) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                socket.Bind(new IPEndPoint(source, 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellation);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        return new HttpClient(handler) { BaseAddress = new Uri(Server.Addresses[0]), Timeout = TimeSpan.FromMinutes(2) };
    }

    /// <summary>POSTs <paramref name="body"/> as the API's JSON, with the page's token unless told otherwise.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, object body, bool withToken = true, HttpClient? client = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, body.GetType(), options: ApiJson.Options) };
        if (withToken)
        {
            request.Headers.Add(PageToken.Header, Token);
        }

        return (client ?? Http).SendAsync(request);
    }

    /// <summary>Gets the one-line detail of a problem response.</summary>
    public static async Task<string> DetailAsync(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("detail").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        Directory.Delete(DataFolder, recursive: true);
    }

    [GeneratedRegex("name=\"corridors-token\" content=\"([0-9a-f]{64})\"")]
    private static partial Regex TokenPattern();
}
