using Corridors.Cluster.Hosting;
using Corridors.Core.Results;
using Corridors.Core.World;

namespace Corridors.Cli.Cluster;

/// <summary>
/// The one experiment engine of `run`, `compare` and `batch`: Orleans grains, on a silo embedded in this
/// process. The silo starts in the background as soon as a command asks for the engine, so it starts
/// while the scenario loads and compiles; one silo serves every command of the process.
/// </summary>
internal sealed class ExperimentEngine
{
    private static readonly Lock Gate = new();
    private static Task<EmbeddedSilo>? _embedded;

    private readonly Task<EmbeddedSilo> _silo;

    private ExperimentEngine(Task<EmbeddedSilo> silo) => _silo = silo;

    /// <summary>Starts (or joins) the embedded silo with <paramref name="workers"/> workers; the first command of the process sets them.</summary>
    public static ExperimentEngine Embedded(int workers, SiloLogging logging)
    {
        lock (Gate)
        {
            _embedded ??= Task.Run(() => EmbeddedSilo.StartAsync(workers, logging));
            return new ExperimentEngine(_embedded);
        }
    }

    /// <summary>Runs replications <paramref name="first"/> … <paramref name="first"/> + <paramref name="count"/> − 1 of <paramref name="scenario"/> and returns them in order.</summary>
    /// <param name="scenario">The compiled scenario (seed already applied).</param>
    /// <param name="first">The first replication.</param>
    /// <param name="count">How many.</param>
    /// <param name="completed">Called with each newly recorded replication's kernel messages.</param>
    public IReadOnlyList<ReplicationResult> Run(CompiledScenario scenario, int first, int count, Action<long>? completed = null)
    {
        var silo = _silo.GetAwaiter().GetResult();

        // The silo is in this process: it takes the compiled scenario as it is, so the request needs no files.
        var request = ExperimentRequests.For(scenario, [], first, count);
        silo.Scenarios.Add(request.Key, scenario);
        var (done, messages) = (0, 0L);
        return new ExperimentClient(silo.Grains).RunAsync(request, p =>
        {
            for (var i = done; i < p.Done; i++)
            {
                completed?.Invoke(i == done ? p.Messages - messages : 0);
            }

            (done, messages) = (p.Done, p.Messages);
        }).GetAwaiter().GetResult();
    }

}
