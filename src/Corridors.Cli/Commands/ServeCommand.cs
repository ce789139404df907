using System.CommandLine;
using Corridors.Cli.Cluster;
using Corridors.Web;
using Corridors.Web.Web;

namespace Corridors.Cli.Commands;

/// <summary>
/// `corridors serve`: the planner's web page (docs/adr/0010-web-page.md) on 127.0.0.1 unless --urls says
/// otherwise, running experiments on an embedded silo or, with --cluster, on a Redis cluster, until stopped.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0: any free port).", DefaultValueFactory = _ => 5080 };
        var urls = new Option<string[]>("--urls") { Description = "Listen on these addresses instead, e.g. http://0.0.0.0:5080 (puts the page on the network).", AllowMultipleArgumentsPerToken = true };
        var library = new Option<string>("--library") { Description = "The scenario library the page offers (its *.yaml files).", DefaultValueFactory = _ => "scenarios" };
        var data = new Option<string>("--data") { Description = "The only folder the page writes: each run's scenario files, outputs and reports.", DefaultValueFactory = _ => "corridors-data" };
        var workers = new Option<int>("--workers", "-w") { Description = "Replications at once on the embedded silo.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var engine = new EngineOptions();
        var command = new Command("serve", "Serve the planner's web page: the scenario library, a what-if editor, runs with live progress, reports and comparisons.")
        {
            port, urls, library, data, workers,
        };
        engine.AddTo(command);
        command.SetAction(parse =>
        {
            if (!engine.TryAddress(parse, console, out var cluster))
            {
                return ExitCodes.UserMistake;
            }

            var p = parse.GetValue(port);
            if (p is < 0 or > 65535 || parse.GetValue(workers) < 1)
            {
                console.Error.WriteLine($"error: --port is {p} and --workers {parse.GetValue(workers)}; expected a port from 0 to 65535 and at least 1 worker");
                return ExitCodes.UserMistake;
            }

            var addresses = parse.GetValue(urls) is { Length: > 0 } given ? given : [WebServer.Loopback(p)];
            var options = new WebOptions(addresses, parse.GetValue(library)!, parse.GetValue(data)!, cluster, parse.GetValue(engine.ClusterId)!,
                parse.GetValue(workers), engine.Logging(parse, console));
            return Serve(options, console).GetAwaiter().GetResult();
        });
        return command;
    }

    private static async Task<int> Serve(WebOptions options, CliConsole console)
    {
        WebServer server;
        try
        {
            server = await WebServer.StartAsync(options, console.Error);
        }
        catch (WebStartException ex)
        {
            console.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.UserMistake;
        }

        await using (server)
        {
            console.Error.WriteLine($"the page is at {string.Join(", ", server.Addresses)} (data in {Path.GetFullPath(options.DataFolder)}); Ctrl+C stops it");
            await server.WaitForShutdownAsync();
        }

        return ExitCodes.Success;
    }
}
