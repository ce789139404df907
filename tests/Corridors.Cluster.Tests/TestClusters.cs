using System.Collections.Concurrent;
using Corridors.Cluster.Grains;
using Corridors.Cluster.Grains.Workers;
using Corridors.Core.World;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Corridors.Cluster.Tests;

/// <summary>In-process test clusters: one worker per silo, shared storage, leases and membership timeouts lowered so faults resolve in seconds.</summary>
internal static class TestClusters
{
    public static async Task<InProcessTestCluster> StartAsync(short silos)
    {
        var store = new ConcurrentDictionary<string, object?>();
        var builder = new InProcessTestClusterBuilder(silos);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddKeyedSingleton<IGrainStorage>(ClusterStorage.Name, (services, _) => new SharedStorage(services.GetRequiredService<DeepCopier>(), store));
            silo.Services.AddCorridorsWorkers(1);
            silo.Services.Configure<ExperimentOptions>(o => o.LeaseTimeout = TimeSpan.FromSeconds(2));
            silo.Services.Configure<WorkerOptions>(o => o.RenewEvery = TimeSpan.FromMilliseconds(500));
            silo.Services.Configure<ClusterMembershipOptions>(o =>
            {
                o.ProbeTimeout = TimeSpan.FromSeconds(1);
                o.NumMissedProbesLimit = 1;
                o.NumVotesForDeathDeclaration = 1;
                o.TableRefreshTimeout = TimeSpan.FromSeconds(1);
            });
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    /// <summary>Hands a compiled scenario to every silo, as the embedded silo's own process does.</summary>
    public static void Share(InProcessTestCluster cluster, string key, CompiledScenario scenario)
    {
        foreach (var silo in cluster.Silos)
        {
            silo.ServiceProvider.GetRequiredService<ScenarioCache>().Add(key, scenario);
        }
    }

    /// <summary>Counts how often replication <paramref name="replication"/> ran, over every silo still up.</summary>
    public static int Runs(InProcessTestCluster cluster, string key, int replication) =>
        cluster.Silos.Sum(s => s.ServiceProvider.GetRequiredService<ReplicationRuns>().Of(key, replication));
}
