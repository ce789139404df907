using Corridors.Cluster.Hosting;

namespace Corridors.Cli.Bench;

/// <summary>
/// A cluster on this machine for `bench cluster --scaling`: its own redis-server on a free loopback port
/// (no persistence, so it starts empty) and `corridors silo` processes with one worker each. Disposing
/// kills what it started.
/// </summary>
internal sealed class LocalCluster : IDisposable
{
    /// <summary>The cluster id of the benchmark's silos.</summary>
    public const string ClusterId = "bench-scaling";

    private readonly List<ChildProcess> _silos = [];

    private LocalCluster(ChildProcess redis, ClusterAddress address) => (Redis, Address) = (redis, address);

    /// <summary>Gets where its Redis listens.</summary>
    public ClusterAddress Address { get; }

    /// <summary>Gets its redis-server.</summary>
    public ChildProcess Redis { get; }

    /// <summary>Gets its silos.</summary>
    public IReadOnlyList<ChildProcess> Silos => _silos;

    /// <summary>Starts redis-server (from the PATH), then <paramref name="silos"/> silos at once, and waits until every silo has joined.</summary>
    /// <exception cref="System.ComponentModel.Win32Exception">redis-server is not on the PATH.</exception>
    public static async Task<LocalCluster> StartAsync(int silos, CancellationToken cancellation)
    {
        var port = FreePorts.Next();
        var cluster = new LocalCluster(await ChildProcess.RedisServerAsync(port, cancellation), new ClusterAddress("127.0.0.1", port));
        try
        {
            var started = Enumerable.Range(0, silos).Select(_ => ChildProcess.Corridors("silo", "--cluster", cluster.Address.ToString(), "--cluster-id", ClusterId, "--workers", "1")).ToList();
            cluster._silos.AddRange(started);
            await Task.WhenAll(started.Select(s => s.WaitForLine(l => l.StartsWith("silo ", StringComparison.Ordinal) && l.Contains(" joined ", StringComparison.Ordinal), cancellation)));
            return cluster;
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }

    /// <summary>Gets the CPU time its silos and its Redis used so far.</summary>
    public TimeSpan Cpu => _silos.Aggregate(Redis.Cpu, (sum, s) => sum + s.Cpu);

    /// <inheritdoc />
    public void Dispose()
    {
        _silos.ForEach(s => s.Dispose());
        Redis.Dispose();
    }
}
