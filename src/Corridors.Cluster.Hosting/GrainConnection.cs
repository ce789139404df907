using Corridors.Cluster.Contracts;
using Corridors.Cluster.Grains;
using Corridors.Core.Reports;
using Corridors.Core.Results;
using Corridors.Core.World;

namespace Corridors.Cluster.Hosting;

/// <summary>
/// A process's way to the grains when it runs experiments (the command line, the web page): a silo embedded
/// in it, or a client of a Redis cluster. Both submit the same requests and read the same results; a
/// cluster client also gives up in one line when no silo is left to answer.
/// </summary>
public sealed class GrainConnection : IAsyncDisposable
{
    private readonly ScenarioCache? _cache;
    private readonly Func<Task<string?>>? _unreachable;
    private readonly Func<ValueTask> _stop;

    private GrainConnection(IGrainFactory grains, ScenarioCache? cache, Func<Task<string?>>? unreachable, Func<ValueTask> stop)
    {
        Grains = grains;
        _cache = cache;
        _unreachable = unreachable;
        _stop = stop;
    }

    /// <summary>Gets the grain factory.</summary>
    public IGrainFactory Grains { get; }

    /// <summary>Starts a silo in this process with <paramref name="workers"/> replication workers.</summary>
    public static async Task<GrainConnection> EmbeddedAsync(int workers, SiloLogging logging)
    {
        var silo = await EmbeddedSilo.StartAsync(workers, logging);
        return new GrainConnection(silo.Grains, silo.Scenarios, null, silo.DisposeAsync);
    }

    /// <summary>Connects as a client of cluster <paramref name="clusterId"/> through Redis at <paramref name="address"/>.</summary>
    /// <exception cref="ClusterUnavailableException">See <see cref="RedisClient.ConnectAsync"/>.</exception>
    public static async Task<GrainConnection> ClientAsync(ClusterAddress address, string clusterId, SiloLogging logging)
    {
        var host = await RedisClient.ConnectAsync(address, clusterId, logging);
        return new GrainConnection(RedisClient.Client(host), null, () => RedisClient.WhyUnreachableAsync(address, clusterId), async () =>
        {
            await host.StopAsync();
            host.Dispose();
        });
    }

    /// <summary>Returns the request for replications <paramref name="first"/> … <paramref name="first"/> + <paramref name="count"/> − 1 of <paramref name="scenario"/>.</summary>
    /// <param name="scenario">The compiled scenario, its seed the one to run with.</param>
    /// <param name="files">Its files, sent to a cluster's silos so they can load it.</param>
    /// <param name="first">The first replication.</param>
    /// <param name="count">How many.</param>
    public ExperimentRequest Request(CompiledScenario scenario, IReadOnlyList<string> files, int first, int count)
    {
        // An embedded silo takes the compiled scenario as it is, so its requests need no files.
        var request = ExperimentRequests.For(scenario, _cache is null ? files : [], first, count);
        _cache?.Add(request.Key, scenario);
        return request;
    }

    /// <summary>Runs <paramref name="request"/> (see <see cref="ExperimentClient.RunAsync"/>) and returns its replications in order.</summary>
    public Task<IReadOnlyList<ReplicationResult>> RunAsync(ExperimentRequest request, Action<ExperimentProgress>? progress, CancellationToken cancellation) =>
        new ExperimentClient(Grains, _unreachable).RunAsync(request, progress, cancellation);

    /// <summary>Gets replication <paramref name="replication"/> of experiment <paramref name="key"/>; null while it is not recorded.</summary>
    public async Task<ReplicationResult?> ResultAsync(string key, int replication, CancellationToken cancellation = default)
    {
        var json = await Grains.GetGrain<IReplicationGrain>(GrainKeys.Replication(key, replication)).Result().WaitAsync(cancellation);
        return json is null ? null : ReplicationJson.FromBytes(json);
    }

    /// <summary>Stops the embedded silo, or the cluster client.</summary>
    public ValueTask DisposeAsync() => _stop();
}
