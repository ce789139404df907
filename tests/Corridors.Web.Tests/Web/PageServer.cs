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
    private readonly bool _pending;

    private PageServer(WebServer server, WebOptions options, string token, StringWriter errors, bool pending)
    {
        _pending = pending;
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
        return await StartAsync(tune?.Invoke(options) ?? options, pending);
    }

    /// <summary>A library of one small scenario (two ports and a ferry, a replication in milliseconds): minimal.yaml, the scenario tests' fixture.</summary>
    public static WebOptions WithSmallLibrary(WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var library = Path.Combine(options.DataFolder, "..", Path.GetFileName(options.DataFolder) + "-library");
        Directory.CreateDirectory(library);
        File.Copy(Repository.File("tests", "Corridors.Scenarios.Tests", "Fixtures", "minimal.yaml"), Path.Combine(library, "minimal.yaml"), overwrite: true);
        return options with { LibraryFolder = Path.GetFullPath(library) };
    }

    /// <summary>Stops this server, keeping its data folder, and starts another over the same folders (on another free port).</summary>
    public async Task<PageServer> RestartAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        return await StartAsync(Options, _pending);
    }

    private static async Task<PageServer> StartAsync(WebOptions options, bool pending)
    {
        var errors = new StringWriter();
        var server = await WebServer.StartAsync(options, errors, pending ? ExperimentGateway.Pending() : null);
        using var http = new HttpClient { BaseAddress = new Uri(server.Addresses[0]) };
        var page = await http.GetStringAsync("/");
        var token = TokenPattern().Match(page).Groups[1].Value;
        return new PageServer(server, options, token, errors, pending);
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

    /// <summary>Follows run <paramref name="id"/>'s progress events until the run is over (a watcher gets the newest state at each wake-up).</summary>
    public async Task<List<ProgressEvent>> EventsAsync(string id)
    {
        using var stream = await Http.GetStreamAsync(new Uri($"/api/runs/{id}/events", UriKind.Relative));
        using var reader = new StreamReader(stream);
        var events = new List<ProgressEvent>();
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                events.Add(JsonSerializer.Deserialize<ProgressEvent>(line["data: ".Length..], ApiJson.Options)!);
            }
        }

        return events;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        Directory.Delete(DataFolder, recursive: true);
        if (Options.LibraryFolder.EndsWith("-library", StringComparison.Ordinal))
        {
            Directory.Delete(Options.LibraryFolder, recursive: true);
        }
    }

    [GeneratedRegex("name=\"corridors-token\" content=\"([0-9a-f]{64})\"")]
    private static partial Regex TokenPattern();
}
