using System.Net;
using Corridors.Web.Endpoints;
using Corridors.Web.Library;
using Corridors.Web.Runs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Corridors.Web.Web;

/// <summary>
/// The web host of `corridors serve`: an ASP.NET Core minimal-API application beside the experiment
/// gateway (an embedded silo or a cluster client), serving the page, its API and its live progress.
/// </summary>
public sealed class WebServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ExperimentGateway _gateway;
    private readonly RunBoard _board;

    private WebServer(WebApplication app, ExperimentGateway gateway, RunBoard board, IReadOnlyList<string> addresses)
    {
        _app = app;
        _gateway = gateway;
        _board = board;
        Addresses = addresses;
    }

    /// <summary>Gets the addresses the page is served at, as bound (a port 0 resolved).</summary>
    public IReadOnlyList<string> Addresses { get; }

    /// <summary>Reads the library, starts the gateway and listens; the problems of the user's making come back as <see cref="WebStartException"/>.</summary>
    /// <param name="options">Where to listen, read and write, and the limits.</param>
    /// <param name="errors">Where the server's own one-line problems go (a failed run's internal error).</param>
    public static Task<WebServer> StartAsync(WebOptions options, TextWriter errors) => StartAsync(options, errors, null);

    /// <summary>Starts with <paramref name="gateway"/> instead of the one <paramref name="options"/> ask for (tests).</summary>
    internal static async Task<WebServer> StartAsync(WebOptions options, TextWriter errors, ExperimentGateway? gateway)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(errors);
        if (!Directory.Exists(options.LibraryFolder))
        {
            throw new WebStartException($"--library {options.LibraryFolder}: no such folder; expected the scenario library (a folder of *.yaml files)");
        }

        var library = ScenarioLibrary.Read(options.LibraryFolder);
        var data = DataFolder.Prepare(options.DataFolder);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        if (options.Logging.Verbose)
        {
            builder.Logging.AddSimpleConsole();
        }

        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            // A hard stop well above the JSON-escaped text limit; the body readers refuse smaller excesses with a clear 413.
            k.Limits.MaxRequestBodySize = JsonBody.MaxBodyBytes(options);
            k.AddServerHeader = false;
        });
        gateway ??= ExperimentGateway.Start(options);
        var board = new RunBoard(options, data, library, gateway, errors);
        builder.Services.AddSingleton(options).AddSingleton(library).AddSingleton(data).AddSingleton(gateway).AddSingleton(board)
            .AddSingleton(new PageToken());
        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = context => Problems.Internal(context, errors) });
        app.UseStatusCodePages(context => Problems.FromStatus(context.HttpContext));
        app.Use(Security.Headers);
        app.Use(Security.CheckPosts);
        PageEndpoints.Map(app);
        LibraryEndpoints.Map(app);
        WhatIfEndpoints.Map(app);
        RunEndpoints.Map(app);
        try
        {
            await app.StartAsync();
        }
        catch (IOException ex) when (ex.InnerException is AddressInUseException || ex is { Message: var m } && m.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            await app.DisposeAsync();
            await gateway.DisposeAsync();
            throw new WebStartException($"{string.Join(", ", options.Urls)}: the port is in use; expected a free one (choose another with --port)");
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [.. options.Urls];
        return new WebServer(app, gateway, board, addresses);
    }

    /// <summary>Waits until the host is told to stop (Ctrl+C, SIGTERM) or <paramref name="cancellation"/> fires.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellation = default) => _app.WaitForShutdownAsync(cancellation);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _board.Stop();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _board.DrainAsync();
        _board.Dispose();
        await _gateway.DisposeAsync();
    }

    /// <summary>Gets the default address: loopback only, so the page is not on the network unless asked.</summary>
    public static string Loopback(int port) => $"http://{IPAddress.Loopback}:{port}";
}
