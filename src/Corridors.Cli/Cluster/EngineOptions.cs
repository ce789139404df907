using System.CommandLine;
using Corridors.Cluster.Hosting;

namespace Corridors.Cli.Cluster;

/// <summary>The options every command that talks to Orleans shares, and the engine they choose.</summary>
internal sealed class EngineOptions
{
    /// <summary>Gets --verbose: Orleans' own log lines on standard error.</summary>
    public Option<bool> Verbose { get; } = new("--verbose") { Description = "Show the Orleans runtime's log lines on standard error." };

    /// <summary>Gets --cluster: use a Redis cluster instead of the embedded silo.</summary>
    public Option<string?> Cluster { get; } = new("--cluster") { Description = "Run on the cluster whose membership and storage live in Redis at redis://HOST:PORT (default: a silo embedded in this process)." };

    /// <summary>Gets --cluster-id: which cluster of that Redis.</summary>
    public Option<string> ClusterId { get; } = new("--cluster-id") { Description = "The cluster id.", DefaultValueFactory = _ => ClusterIds.DefaultCluster };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Verbose);
        command.Options.Add(Cluster);
        command.Options.Add(ClusterId);
    }

    /// <summary>Gets the logging the options ask for.</summary>
    public SiloLogging Logging(ParseResult parse, CliConsole console) => new(parse.GetValue(Verbose), console.Error);

    /// <summary>Parses --cluster; null (problem printed) when it is not a Redis address; <see cref="ClusterAddress"/> null when not given.</summary>
    public bool TryAddress(ParseResult parse, CliConsole console, out ClusterAddress? address)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(console);
        address = null;
        if (parse.GetValue(Cluster) is not { } text)
        {
            return true;
        }

        if (!ClusterAddress.TryParse(text, out address, out var problem))
        {
            console.Error.WriteLine($"error: {problem}");
            return false;
        }

        return true;
    }

    /// <summary>Parses --cluster, which must be given; false (problem printed) otherwise. <paramref name="purpose"/> completes "expected redis://HOST:PORT of the cluster to …".</summary>
    public bool TryRequiredAddress(ParseResult parse, CliConsole console, string purpose, out ClusterAddress address)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(console);
        address = null!;
        if (parse.GetValue(Cluster) is null)
        {
            console.Error.WriteLine($"error: --cluster is missing; expected redis://HOST:PORT of the cluster to {purpose}");
            return false;
        }

        if (!TryAddress(parse, console, out var parsed) || parsed is null)
        {
            return false;
        }

        address = parsed;
        return true;
    }

    /// <summary>Starts the engine the options ask for: a client of --cluster, or the embedded silo with <paramref name="workers"/> workers; null (problem printed) on a bad address.</summary>
    public ExperimentEngine? Engine(ParseResult parse, int workers, CliConsole console)
    {
        if (!TryAddress(parse, console, out var address))
        {
            return null;
        }

        var logging = Logging(parse, console);
        return address is null
            ? ExperimentEngine.Embedded(Math.Max(1, workers), logging)
            : ExperimentEngine.Remote(address, parse.GetValue(ClusterId)!, logging);
    }
}
