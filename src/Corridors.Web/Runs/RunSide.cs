using Corridors.Cluster.Contracts;
using Corridors.Core.Results;
using Corridors.Core.World;

namespace Corridors.Web.Runs;

/// <summary>
/// One of a run's two experiments (the what-if or its base) on the grains: runs batches of replications,
/// and as each is recorded reads it back from its replication grain, in number order, to keep the running
/// headline figure of replications 0 … n − 1 on the run's state.
/// </summary>
internal sealed class RunSide(ExperimentGateway gateway, CompiledScenario scenario, IReadOnlyList<string> files, WebRun run, bool isBase)
{
    private readonly List<ReplicationResult> _results = [];
    private readonly RunningFigure _figure = new();
    private readonly string _key = ExperimentKey.Of(scenario.Model);

    /// <summary>Gets the compiled scenario.</summary>
    public CompiledScenario Scenario => scenario;

    /// <summary>Gets the replications run so far, in number order from 0.</summary>
    public IReadOnlyList<ReplicationResult> Results => _results;

    /// <summary>Gets the headline figure over every replication run so far.</summary>
    public HeadlinePoint? Figure => _figure.Point();

    /// <summary>Runs the next <paramref name="count"/> replications and returns them.</summary>
    public async Task<IReadOnlyList<ReplicationResult>> NextAsync(int count, CancellationToken cancellation)
    {
        var first = _results.Count;
        var end = first + count;
        using var signal = new SemaphoreSlim(0);
        using var following = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var follower = FollowAsync(signal, end, following.Token);
        var target = run.Status.Target;
        IReadOnlyList<ReplicationResult> batch;
        try
        {
            batch = await gateway.RunAsync(scenario, files, first, count, p =>
            {
                var done = Math.Min(p.Done, target);
                run.Change(s => isBase ? s with { BaseDone = done } : s with { Done = done });
                signal.Release();
            }, cancellation);
        }
        finally
        {
            await following.CancelAsync();
            await follower;
        }

        _results.AddRange(batch);

        // What the follower had no time to read, from the batch itself.
        while (_figure.Count < end)
        {
            _figure.Add(_results[_figure.Count]);
        }

        Publish();
        return batch;
    }

    // Reads each replication as soon as it is recorded, in number order; one that is not recorded yet waits for the next signal.
    private async Task FollowAsync(SemaphoreSlim signal, int end, CancellationToken cancellation)
    {
        try
        {
            while (_figure.Count < end)
            {
                await signal.WaitAsync(cancellation);
                while (_figure.Count < end && await gateway.ResultAsync(_key, _figure.Count, cancellation) is { } result)
                {
                    _figure.Add(result);
                    Publish();
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The batch is over (or the server is stopping, or a cluster's silo was lost under a read): the running
            // figure is a courtesy, and the batch's own results finish it.
        }
    }

    private void Publish()
    {
        var point = _figure.Point();
        run.Change(s => isBase ? s with { BaseDelivered = point } : s with { Delivered = point });
    }
}
