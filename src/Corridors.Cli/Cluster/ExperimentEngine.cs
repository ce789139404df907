using Corridors.Cli.Bench;
using Corridors.Cli.Output;
using Corridors.Cluster.Hosting;
using Corridors.Core.Results;
using Corridors.Core.World;

namespace Corridors.Cli.Cluster;

/// <summary>
/// The one experiment engine of `run`, `compare` and `batch`: Orleans grains, on a silo embedded in this
/// process or on a Redis cluster this process is a client of. The connection is made in the background
/// as soon as a command asks for the engine, so the silo starts while the scenario loads and compiles;
/// one embedded silo serves every command of the process.
/// </summary>
internal sealed class ExperimentEngine
{
    private static readonly Lock Gate = new();
    private static Task<GrainConnection>? _embedded;

    private readonly Task<GrainConnection> _connection;

    private ExperimentEngine(Task<GrainConnection> connection) => _connection = connection;

    /// <summary>Starts (or joins) the embedded silo with <paramref name="workers"/> workers; the first command of the process sets them.</summary>
    public static ExperimentEngine Embedded(int workers, SiloLogging logging)
    {
        lock (Gate)
        {
            _embedded ??= Task.Run(async () =>
            {
                var connection = await GrainConnection.EmbeddedAsync(workers, logging);
                PhaseMarks.Mark("silo-ready");
                return connection;
            });
            return new ExperimentEngine(_embedded);
        }
    }

    /// <summary>Connects, in the background, as a client of the cluster at <paramref name="address"/>.</summary>
    public static ExperimentEngine Remote(ClusterAddress address, string clusterId, SiloLogging logging) =>
        new(Task.Run(() => GrainConnection.ClientAsync(address, clusterId, logging)));

    /// <summary>Runs replications <paramref name="first"/> … <paramref name="first"/> + <paramref name="count"/> − 1 of <paramref name="scenario"/> and returns them in order.</summary>
    /// <param name="scenario">The compiled scenario (seed already applied).</param>
    /// <param name="files">Its files, sent to a cluster's silos so they can load it.</param>
    /// <param name="first">The first replication.</param>
    /// <param name="count">How many.</param>
    /// <param name="completed">Called with each newly recorded replication's kernel messages, or <see cref="RunProgress.RecordedEarlier"/> for one recorded before this request.</param>
    /// <param name="interrupted">Stops waiting (SIGINT, SIGTERM); the replications recorded by then come with the exception.</param>
    /// <exception cref="ClusterUnavailableException">The cluster cannot be reached.</exception>
    /// <exception cref="ExperimentRejectedException">The cluster refused the scenario.</exception>
    /// <exception cref="RunInterruptedException"><paramref name="interrupted"/> was cancelled first.</exception>
    public IReadOnlyList<ReplicationResult> Run(CompiledScenario scenario, IReadOnlyList<string> files, int first, int count, Action<long>? completed = null,
        CancellationToken interrupted = default)
    {
        var connection = _connection.GetAwaiter().GetResult();
        var request = connection.Request(scenario, files, first, count);
        var (done, messages, submitted) = (0, 0L, false);
        try
        {
            return connection.RunAsync(request, p =>
            {
                // The experiment may hold more replications than this run asks for (another client's, an
                // earlier run's): the bar counts at most this run's. Those done when the request was submitted
                // (the first report) were recorded before: they are reported as such, not as events run now.
                var reached = Math.Min(p.Done, count);
                for (var i = done; i < reached; i++)
                {
                    completed?.Invoke(!submitted ? RunProgress.RecordedEarlier : i == done ? p.Messages - messages : 0);
                }

                (done, messages, submitted) = (Math.Max(done, reached), p.Messages, true);
            }, interrupted).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (interrupted.IsCancellationRequested)
        {
            throw new RunInterruptedException(Recorded(connection, request.Key, first, count));
        }
    }

    // The replications of the range that are recorded so far, in order; the others are skipped.
    private static List<ReplicationResult> Recorded(GrainConnection connection, string key, int first, int count)
    {
        var stored = Task.WhenAll(Enumerable.Range(first, count).Select(r => connection.ResultAsync(key, r))).GetAwaiter().GetResult();
        return [.. stored.OfType<ReplicationResult>()];
    }
}
