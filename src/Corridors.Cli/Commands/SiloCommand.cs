using System.CommandLine;
using System.Net;
using Corridors.Cli.Cluster;
using Corridors.Cluster.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Corridors.Cli.Commands;

/// <summary>
/// `corridors silo --cluster redis://HOST:PORT`: a worker silo that joins the cluster whose membership and
/// grain storage live in Redis and runs replications for any client of it, until stopped (Ctrl+C, SIGTERM).
/// </summary>
internal static class SiloCommand
{
    public static Command Create(CliConsole console)
    {
        var engine = new EngineOptions();
        var workers = new Option<int>("--workers", "-w") { Description = "Replications at once on this silo (default: one per core).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var listen = new Option<string?>("--listen") { Description = "Listen and advertise on this IP address instead of loopback (to be reachable from other machines)." };
        var dashboard = new Option<int?>("--dashboard") { Description = "Serve the Orleans dashboard on this port." };
        var lease = new Option<double>("--lease-timeout") { Description = "Seconds a running replication's lease lasts unrenewed before another worker gets it (a lost silo's work).", DefaultValueFactory = _ => 30 };
        var command = new Command("silo", "Start a worker silo of a Redis cluster; it runs replications until stopped.") { workers, listen, dashboard, lease };
        engine.AddTo(command);
        command.SetAction(parse =>
        {
            IPAddress? address = null;
            if (!engine.TryRequiredAddress(parse, console, "join", out var cluster))
            {
                return ExitCodes.UserMistake;
            }

            if (parse.GetValue(workers) < 1 || !(parse.GetValue(lease) >= 1) || (parse.GetValue(listen) is { } ip && !IPAddress.TryParse(ip, out address)))
            {
                console.Error.WriteLine($"error: --workers must be ≥ 1, --lease-timeout ≥ 1 (seconds) and --listen an IP address; got {parse.GetValue(workers)}, {parse.GetValue(lease)} and '{parse.GetValue(listen)}'");
                return ExitCodes.UserMistake;
            }

            var clusterId = parse.GetValue(engine.ClusterId)!;
            using var host = RedisSilo.StartAsync(cluster, clusterId, parse.GetValue(workers), address, engine.Logging(parse, console),
                    TimeSpan.FromSeconds(parse.GetValue(lease)), parse.GetValue(dashboard))
                .GetAwaiter().GetResult();
            var endpoint = host.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress.Endpoint;
            console.Error.WriteLine($"silo {endpoint} joined cluster '{clusterId}' at {cluster} with {parse.GetValue(workers)} workers; Ctrl+C stops it");
            host.WaitForShutdown();
            return ExitCodes.Success;
        });
        return command;
    }
}
