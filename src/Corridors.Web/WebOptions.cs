using Corridors.Cluster.Hosting;

namespace Corridors.Web;

/// <summary>How `corridors serve` runs: where it listens, what it serves, where it writes, and its limits.</summary>
/// <param name="Urls">The addresses to listen on (default http://127.0.0.1:5080; port 0 takes a free one).</param>
/// <param name="LibraryFolder">The scenario library: every *.yaml file in it (not its subfolders).</param>
/// <param name="DataFolder">The only folder the page writes: each run's scenario files, outputs and reports.</param>
/// <param name="Cluster">A Redis cluster to be a client of; null: a silo embedded in this process.</param>
/// <param name="ClusterId">The cluster id of <paramref name="Cluster"/>.</param>
/// <param name="Workers">Replication workers of the embedded silo.</param>
/// <param name="Logging">Orleans' and ASP.NET Core's log lines: none unless verbose.</param>
public sealed record WebOptions(
    IReadOnlyList<string> Urls, string LibraryFolder, string DataFolder, ClusterAddress? Cluster, string ClusterId, int Workers, SiloLogging Logging)
{
    /// <summary>Largest scenario text accepted from the browser, in bytes (256 KiB; the Caspian baseline is about 85 KiB).</summary>
    public int MaxTextBytes { get; init; } = 256 * 1024;

    /// <summary>Experiments one client (remote address) may have queued or running at once; more are refused.</summary>
    public int MaxExperimentsPerClient { get; init; } = 2;

    /// <summary>Experiments queued or running over all clients; more are refused.</summary>
    public int MaxExperimentsQueued { get; init; } = 8;

    /// <summary>Most replications one request may ask for (and the cap of a precision target).</summary>
    public int MaxReplications { get; init; } = 200;
}
