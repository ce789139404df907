using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace Corridors.Cluster.Hosting;

/// <summary>An Orleans client of a Redis cluster: no local silo, the work runs on the cluster's silos.</summary>
public static class RedisClient
{
    /// <summary>Gets how long connecting waits for a silo of the cluster.</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(15);

    /// <summary>Connects to cluster <paramref name="clusterId"/> through Redis at <paramref name="address"/>.</summary>
    /// <exception cref="ClusterUnavailableException">
    /// No Redis there (within 5 s), no silo of that cluster registered in it (at once, naming the clusters that are),
    /// nothing listening at any registered silo's gateway (within 2 s: they were killed), or none of its
    /// registered silos answering as Orleans within <see cref="Timeout"/>.
    /// </exception>
    public static async Task<IHost> ConnectAsync(ClusterAddress address, string clusterId, SiloLogging logging)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(logging);
        if (await WhyUnreachableAsync(address, clusterId) is { } problem)
        {
            throw new ClusterUnavailableException(problem);
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        logging.Apply(builder.Logging);
        builder.Services.AddSingleton<IHostLifetime, CommandLifetime>();
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, ClusterIds.Service));
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
            client.UseRedisClustering(address.RedisConfiguration);
        });
        var host = builder.Build();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await host.StartAsync(timeout.Token);
            return host;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            host.Dispose();
            throw new ClusterUnavailableException(
                $"no silo of cluster '{clusterId}' answered through {address} within {Timeout.TotalSeconds:0} s; expected `corridors silo --cluster {address}` running with that cluster id", ex);
        }
    }

    /// <summary>
    /// Returns why no silo of cluster <paramref name="clusterId"/> can answer, in one line: none is registered
    /// as active in the Redis at <paramref name="address"/>, or nothing accepts connections at any registered
    /// silo's gateway (they were killed); null when some gateway answers or Redis cannot tell.
    /// </summary>
    /// <exception cref="ClusterUnavailableException">No Redis answers there.</exception>
    public static async Task<string?> WhyUnreachableAsync(ClusterAddress address, string clusterId)
    {
        ArgumentNullException.ThrowIfNull(address);
        var clusters = await RedisProbe.ClustersAsync(address);
        var silos = clusters.GetValueOrDefault(clusterId) ?? [];
        if (silos.Count == 0)
        {
            return NoSuchCluster(address, clusterId, clusters);
        }

        return silos.All(s => s is not null) && !await GatewayProbe.AnyAnswersAsync([.. silos.OfType<IPEndPoint>()])
            ? $"no silo of cluster '{clusterId}' answers: the Redis at {address} lists {Silos(silos.Count)} as active, but nothing accepts connections at {string.Join(", ", silos)} (stopped without leaving the cluster, e.g. killed); expected {Start(address, clusterId)} running"
            : null;
    }

    // A wrong --cluster-id is the likely mistake when the Redis has silos of other clusters: name them.
    private static string NoSuchCluster(ClusterAddress address, string clusterId, IReadOnlyDictionary<string, IReadOnlyList<IPEndPoint?>> clusters)
    {
        var others = clusters.Where(c => c.Value.Count > 0).Select(c => c.Key).ToList();
        var start = Start(address, clusterId);
        return others.Count == 0
            ? $"no silo of cluster '{clusterId}' is registered in the Redis at {address}, nor of any other cluster; expected {start} running"
            : $"no silo of cluster '{clusterId}' is registered in the Redis at {address}; it has silos of cluster {string.Join(", ", others.Select(o => $"'{o}'"))}; expected --cluster-id {others[0]}, or {start} running";
    }

    private static string Start(ClusterAddress address, string clusterId) =>
        clusterId == ClusterIds.DefaultCluster ? $"`corridors silo --cluster {address}`" : $"`corridors silo --cluster {address} --cluster-id {clusterId}`";

    private static string Silos(int count) => count == 1 ? "1 silo" : string.Create(CultureInfo.InvariantCulture, $"{count} silos");

    /// <summary>Gets the client's grain factory.</summary>
    public static IClusterClient Client(IHost host) => host.Services.GetRequiredService<IClusterClient>();
}
