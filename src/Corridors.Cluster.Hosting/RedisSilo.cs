using System.Net;
using System.Net.Sockets;
using Corridors.Cluster.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace Corridors.Cluster.Hosting;

/// <summary>A worker silo that joins a cluster whose membership and grain storage live in Redis.</summary>
public static class RedisSilo
{
    /// <summary>Builds the silo host; it listens on loopback unless <paramref name="listen"/> names another address.</summary>
    /// <param name="address">Where Redis is.</param>
    /// <param name="clusterId">The cluster to join.</param>
    /// <param name="workers">Replication workers on this silo.</param>
    /// <param name="listen">The address to listen and advertise on (loopback by default).</param>
    /// <param name="logging">Where Orleans' log lines go.</param>
    /// <param name="leaseTimeout">How long a worker's lease lasts unrenewed before its replication goes to another worker.</param>
    /// <param name="dashboardPort">Serves the Orleans dashboard on this port when given.</param>
    /// <exception cref="ClusterUnavailableException">No Redis at <paramref name="address"/>, or the silo cannot listen on <paramref name="listen"/>.</exception>
    public static async Task<IHost> StartAsync(ClusterAddress address, string clusterId, int workers, IPAddress? listen, SiloLogging logging, TimeSpan leaseTimeout, int? dashboardPort = null)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(logging);
        await RedisProbe.EnsureAsync(address);
        var web = dashboardPort is { } port ? Dashboard.Builder(listen ?? IPAddress.Loopback, port) : null;
        IHostApplicationBuilder builder = web ?? (IHostApplicationBuilder)Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        logging.Apply(builder.Logging);
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, ClusterIds.Service));
            silo.ConfigureEndpoints(listen ?? IPAddress.Loopback, FreePorts.Next(), FreePorts.Next(), listenOnAnyHostAddress: false);
            silo.UseRedisClustering(address.RedisConfiguration);
            silo.AddRedisGrainStorage(ClusterStorage.Name, o => o.ConfigurationOptions = StackExchange.Redis.ConfigurationOptions.Parse(address.RedisConfiguration));
            silo.Services.AddCorridorsWorkers(workers);
            silo.Services.Configure<ExperimentOptions>(o => o.LeaseTimeout = leaseTimeout);
            silo.Services.Configure<WorkerOptions>(o => o.RenewEvery = leaseTimeout / 4);

            // Simulation workers on one network: a silo that stops answering is declared dead in seconds, not the default tens of seconds.
            silo.Configure<ClusterMembershipOptions>(o => (o.ProbeTimeout, o.NumMissedProbesLimit) = (TimeSpan.FromSeconds(2), 2));
            if (web is not null)
            {
                Dashboard.Add(silo);
            }
        });
        var host = web is not null ? Dashboard.Build(web) : ((HostApplicationBuilder)builder).Build();
        try
        {
            await host.StartAsync();
            return host;
        }
        catch (SocketException ex)
        {
            host.Dispose();
            throw new ClusterUnavailableException($"the silo cannot listen on {listen ?? IPAddress.Loopback}: {ex.Message}; expected --listen to name an address of this machine", ex);
        }
    }
}
