using Corridors.Cluster.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Storage;

namespace Corridors.Cluster.Hosting;

/// <summary>
/// A silo inside the running process: localhost clustering on free ports, no gateway, grain storage in
/// memory, one replication worker per core (or as asked). `run`, `compare` and `batch` use it unless
/// told to use a cluster, so there is one experiment engine.
/// </summary>
public sealed class EmbeddedSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private EmbeddedSilo(IHost host) => _host = host;

    /// <summary>Gets the grain factory of the silo.</summary>
    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>Gets the silo's compiled scenarios, to hand over what this process compiled already.</summary>
    public ScenarioCache Scenarios => _host.Services.GetRequiredService<ScenarioCache>();

    /// <summary>Starts a silo with <paramref name="workers"/> replication workers.</summary>
    public static async Task<EmbeddedSilo> StartAsync(int workers, SiloLogging logging, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(logging);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        logging.Apply(builder.Logging);
        builder.Services.AddSingleton<IHostLifetime, CommandLifetime>();
        var id = $"embedded-{Environment.ProcessId}-{FreePorts.Next()}";
        builder.UseOrleans(silo =>
        {
            // Gateway port 0: no gateway; the process's own code calls grains through the silo.
            silo.UseLocalhostClustering(siloPort: FreePorts.Next(), gatewayPort: 0, serviceId: "corridors", clusterId: id);
            silo.AddMemoryGrainStorage(ClusterStorage.Name);

            // Orleans' own binary serializer for the memory storage's copies of grain state, instead of the default
            // Newtonsoft JSON: the state never leaves the process, and JSON (a 200 kB result as base64, cold
            // reflection-based contracts) cost a third of a second of CPU in every run.
            silo.Services.AddKeyedSingleton<IGrainStorageSerializer>(ClusterStorage.Name, (services, _) => new OrleansGrainStorageSerializer(services.GetRequiredService<Orleans.Serialization.Serializer>()));
            silo.Services.AddCorridorsWorkers(workers);
        });
        var host = builder.Build();
        await host.StartAsync(cancellation);
        return new EmbeddedSilo(host);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
