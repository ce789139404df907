using Corridors.Cluster.Contracts;
using Corridors.Cluster.Grains;
using Corridors.Cluster.Hosting;
using Corridors.Core.Reports;
using Corridors.Core.Results;
using Corridors.Core.World;

namespace Corridors.Web.Runs;

/// <summary>
/// The page's way to the grains, the same engine as `corridors run`: a silo embedded in this process
/// (started in the background with the web host) or a client of a Redis cluster.
/// </summary>
internal sealed class ExperimentGateway : IAsyncDisposable
{
    private readonly Task<Connection> _connection;
    private readonly bool _neverConnects;

    private ExperimentGateway(Task<Connection> connection, bool neverConnects = false)
    {
        _connection = connection;
        _neverConnects = neverConnects;
    }

    /// <summary>Starts connecting as <paramref name="options"/> say; calls wait for the connection.</summary>
    public static ExperimentGateway Start(WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ExperimentGateway(options.Cluster is { } address
            ? Task.Run(async () =>
            {
                var host = await RedisClient.ConnectAsync(address, options.ClusterId, options.Logging);
                return new Connection(RedisClient.Client(host), null, async () => { await host.StopAsync(); host.Dispose(); });
            })
            : Task.Run(async () =>
            {
                var silo = await EmbeddedSilo.StartAsync(options.Workers, options.Logging);
                return new Connection(silo.Grains, silo.Scenarios, silo.DisposeAsync);
            }));
    }

    /// <summary>A gateway that never connects: runs wait until the server stops (tests of the queue and its limits).</summary>
    internal static ExperimentGateway Pending() => new(new TaskCompletionSource<Connection>().Task, neverConnects: true);

    /// <summary>Runs replications <paramref name="first"/> … <paramref name="first"/> + <paramref name="count"/> − 1 and returns them in order.</summary>
    /// <param name="scenario">The compiled scenario, seed applied.</param>
    /// <param name="files">Its files on the disk (under the data folder), for a cluster's silos.</param>
    /// <param name="first">The first replication.</param>
    /// <param name="count">How many.</param>
    /// <param name="progress">Told of each step of the experiment.</param>
    /// <param name="cancellation">Stops waiting.</param>
    public async Task<IReadOnlyList<ReplicationResult>> RunAsync(CompiledScenario scenario, IReadOnlyList<string> files, int first, int count,
        Action<ExperimentProgress> progress, CancellationToken cancellation)
    {
        var connection = await _connection.WaitAsync(cancellation);

        // An embedded silo takes the compiled scenario as it is, as `corridors run` hands it over.
        var request = ExperimentRequests.For(scenario, connection.Cache is null ? files : [], first, count);
        connection.Cache?.Add(request.Key, scenario);
        return await new ExperimentClient(connection.Grains).RunAsync(request, progress, cancellation);
    }

    /// <summary>Gets replication <paramref name="replication"/> of experiment <paramref name="key"/>; null while it is not recorded.</summary>
    public async Task<ReplicationResult?> ResultAsync(string key, int replication, CancellationToken cancellation)
    {
        var connection = await _connection.WaitAsync(cancellation);
        var json = await connection.Grains.GetGrain<IReplicationGrain>(GrainKeys.Replication(key, replication)).Result().WaitAsync(cancellation);
        return json is null ? null : ReplicationJson.FromBytes(json);
    }

    /// <summary>Gets what facility <paramref name="node"/> of experiment <paramref name="key"/> has recorded so far.</summary>
    /// <exception cref="ClusterUnavailableException">The cluster could not be reached.</exception>
    public async Task<FiguresReport> FacilityAsync(string key, string node, CancellationToken cancellation)
    {
        var connection = await _connection.WaitAsync(cancellation);
        return await connection.Grains.GetGrain<IFacilityGrain>(GrainKeys.Facility(key, node)).Report();
    }

    /// <summary>Gets whether the silo or cluster connection is up (false while starting, or when it failed).</summary>
    public bool IsReady => _connection.IsCompletedSuccessfully;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_neverConnects)
        {
            return;
        }

        try
        {
            // A silo still starting is given half a minute to finish, so that it can be stopped; one that never starts is left.
            await Task.WhenAny(_connection, Task.Delay(TimeSpan.FromSeconds(30), TimeProvider.System));
            if (!_connection.IsCompleted)
            {
                return;
            }

            var connection = await _connection;
            await connection.Stop();
        }
        catch (Exception ex) when (ex is ClusterUnavailableException or OperationCanceledException)
        {
            // Never connected: nothing to stop.
        }
    }

    private sealed record Connection(IGrainFactory Grains, ScenarioCache? Cache, Func<ValueTask> Stop);
}
