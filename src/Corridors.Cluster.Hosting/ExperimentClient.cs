using Corridors.Cluster.Contracts;
using Corridors.Core.Reports;
using Corridors.Core.Results;

namespace Corridors.Cluster.Hosting;

/// <summary>
/// Runs an experiment through the grains, as any client does (the embedded silo's process or a cluster
/// client): submit, put it on the work board, follow its progress stream, then read the results in
/// replication order.
/// </summary>
/// <param name="grains">The grain factory of a silo or cluster client.</param>
/// <param name="unreachable">
/// Asked after some seconds of failed calls in a row: why no silo can answer at all (one line), or null when
/// some can (then the calls are made again, up to a minute). Null: calls are made again for the minute.
/// </param>
public sealed class ExperimentClient(IGrainFactory grains, Func<Task<string?>>? unreachable = null)
{
    private const int MaxFailures = 120;
    private const int AskEvery = 6;
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Silence = TimeSpan.FromSeconds(5);

    /// <summary>Runs the replications <paramref name="request"/> asks for (those recorded already are reused) and returns them in order.</summary>
    /// <param name="request">The experiment.</param>
    /// <param name="progress">Told of progress: first as it stood when the request was submitted, then as replications are recorded.</param>
    /// <param name="cancellation">Stops waiting.</param>
    /// <exception cref="ExperimentRejectedException">The cluster refused the request (one-line reason).</exception>
    /// <exception cref="ClusterUnavailableException">Calls failed for a minute or more in a row: the cluster is gone.</exception>
    public async Task<IReadOnlyList<ReplicationResult>> RunAsync(ExperimentRequest request, Action<ExperimentProgress>? progress, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var experiment = grains.GetGrain<IExperimentGrain>(request.Key);
        var answer = await Retry(() => experiment.Submit(request), cancellation);
        if (answer.Problem is { } problem)
        {
            throw new ExperimentRejectedException(problem);
        }

        // First the state at submission: what is done then was recorded before this request (an earlier run of
        // the same experiment, answered from storage), which the caller may want to tell from what runs now.
        progress?.Invoke(answer.Progress);
        if (!answer.Progress.Finished)
        {
            await Retry(async () =>
            {
                await grains.GetGrain<IWorkBoardGrain>(GrainKeys.Board).Post(request.Key);
                return true;
            }, cancellation);
            await Follow(experiment, progress, cancellation);
        }

        var first = request.First;
        var results = await Retry(() => Task.WhenAll(Enumerable.Range(first, request.Count)
            .Select(r => grains.GetGrain<IReplicationGrain>(GrainKeys.Replication(request.Key, r)).Result())), cancellation);
        return [.. results.Select((json, i) => ReplicationJson.FromBytes(json ?? throw new InvalidOperationException($"replication {first + i} is recorded but its result is missing")))];
    }

    // A silo lost under the client (its gateway, or the silo of the grain called) fails calls until the
    // cluster declares it dead and the client stops choosing it: seconds. Every call here is idempotent, so
    // it is made again; a minute of failures in a row means the cluster is gone, not moving.
    private async Task<T> Retry<T>(Func<Task<T>> call, CancellationToken cancellation)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                return await call();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await Pause(ex, failures, cancellation);
            }
        }
    }

    // Waits before the next attempt, or gives up in one line: when the failures in a row reach the limit, or
    // at once when no silo is left to answer (every silo killed: nobody declares them dead, the calls would
    // fail for the whole minute).
    private async Task Pause(Exception failure, int failures, CancellationToken cancellation)
    {
        if (failures >= MaxFailures)
        {
            throw new ClusterUnavailableException(
                $"the cluster stopped answering: {MaxFailures} calls in a row failed over a minute or more, the last with: {failure.Message.Split('\n')[0].Trim()}; expected its silos running (are they? `corridors status` asks)",
                failure);
        }

        if (failures % AskEvery == 0 && unreachable is not null && await unreachable() is { } problem)
        {
            throw new ClusterUnavailableException(problem, failure);
        }

        await Task.Delay(RetryPause, TimeProvider.System, cancellation);
    }

    // The stream breaks when the experiment's silo is lost; the next call reactivates the grain from storage.
    // A call that was waiting on a silo that died is answered only at the client's response time-out (30 s),
    // so a stream silent for a while is dropped and opened again: one call, answered at once with the
    // progress now; a lost silo then costs seconds, not half a minute.
    private async Task Follow(IExperimentGrain experiment, Action<ExperimentProgress>? progress, CancellationToken cancellation)
    {
        var failures = 0;
        while (true)
        {
            using var stream = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            var steps = experiment.Watch(stream.Token).GetAsyncEnumerator(stream.Token);
            try
            {
                while (await steps.MoveNextAsync().AsTask().WaitAsync(Silence, TimeProvider.System, cancellation))
                {
                    failures = 0;
                    progress?.Invoke(steps.Current);
                    if (steps.Current.Finished)
                    {
                        return;
                    }
                }

                return;
            }
            catch (TimeoutException)
            {
                // Silent: open the stream again.
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await Pause(ex, ++failures, cancellation);
            }
            finally
            {
                await stream.CancelAsync();
                _ = Close(steps);
            }
        }
    }

    // Closing a stream whose silo died waits for that silo too; nobody needs to wait for it.
    private static async Task Close(IAsyncEnumerator<ExperimentProgress> steps)
    {
        try
        {
            await steps.DisposeAsync();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Gone with its silo.
        }
    }
}
