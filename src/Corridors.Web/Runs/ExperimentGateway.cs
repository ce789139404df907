using Corridors.Cluster.Contracts;
using Corridors.Cluster.Hosting;
using Corridors.Core.Results;
using Corridors.Core.World;

namespace Corridors.Web.Runs;

/// <summary>
/// The page's way to the grains, the same engine as `corridors run`: a silo embedded in this process
/// (started in the background with the web host) or a client of a Redis cluster.
/// </summary>
internal sealed class ExperimentGateway : IAsyncDisposable
{
    private readonly Task<GrainConnection> _connection;
    private readonly bool _neverConnects;

    private ExperimentGateway(Task<GrainConnection> connection, bool neverConnects = false)
    {
        _connection = connection;
        _neverConnects = neverConnects;
    }

    /// <summary>Starts connecting as <paramref name="options"/> say; calls wait for the connection.</summary>
    public static ExperimentGateway Start(WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ExperimentGateway(options.Cluster is { } address
            ? Task.Run(() => GrainConnection.ClientAsync(address, options.ClusterId, options.Logging))
            : Task.Run(() => GrainConnection.EmbeddedAsync(options.Workers, options.Logging)));
    }

    /// <summary>A gateway that never connects: runs wait until the server stops (tests of the queue and its limits).</summary>
    internal static ExperimentGateway Pending() => new(new TaskCompletionSource<GrainConnection>().Task, neverConnects: true);

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
        return await connection.RunAsync(connection.Request(scenario, files, first, count), progress, cancellation);
    }

    /// <summary>Gets replication <paramref name="replication"/> of experiment <paramref name="key"/>; null while it is not recorded.</summary>
    public async Task<ReplicationResult?> ResultAsync(string key, int replication, CancellationToken cancellation)
    {
        var connection = await _connection.WaitAsync(cancellation);
        return await connection.ResultAsync(key, replication, cancellation);
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

            await (await _connection).DisposeAsync();
        }
        catch (Exception ex) when (ex is ClusterUnavailableException or OperationCanceledException)
        {
            // Never connected: nothing to stop.
        }
    }
}
