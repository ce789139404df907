using Corridors.Cluster.Grains.Workers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Corridors.Cluster.Grains;

/// <summary>Registers what every Corridors silo runs besides its grains: the scenario cache, the workers and their counters.</summary>
public static class ClusterServices
{
    /// <summary>Adds the workers (<paramref name="workers"/> of them) and the services grains need to <paramref name="services"/>.</summary>
    public static IServiceCollection AddCorridorsWorkers(this IServiceCollection services, int workers)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ScenarioCache>();
        services.TryAddSingleton<ReplicationRuns>();
        services.Configure<WorkerOptions>(o => o.Workers = workers);
        services.AddHostedService<ReplicationWorkers>();
        return services;
    }
}
