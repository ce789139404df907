using Corridors.Cluster.Contracts;
using Corridors.Core.Reports;
using Corridors.Core.World;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Corridors.Cluster.Grains.Workers;

/// <summary>
/// The silo's workers: each loop leases a replication from the work board, runs it on the kernel in a
/// long-running task on the default scheduler (never on Orleans' scheduler, so the silo stays
/// responsive), renews the lease while it runs, stores the result and reports it.
/// </summary>
internal sealed partial class ReplicationWorkers(
    IGrainFactory grains, ScenarioCache scenarios, ReplicationRuns runs, TimeProvider time,
    IOptions<WorkerOptions> options, ILocalSiloDetails silo, ILogger<ReplicationWorkers> log) : BackgroundService
{
    private static readonly TimeSpan MaxIdle = TimeSpan.FromMilliseconds(100);

    // Enough to outlast the declaration of a lost silo's death (seconds), after which its grains reactivate.
    private const int RecordAttempts = 20;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Value.Workers))
            .Select(i => Task.Run(() => Loop($"{silo.SiloAddress}#{i}", stoppingToken), CancellationToken.None)));

    private async Task Loop(string worker, CancellationToken stop)
    {
        var board = grains.GetGrain<IWorkBoardGrain>(GrainKeys.Board);
        var idle = options.Value.IdlePoll;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                if (await board.TakeWork(worker) is { } lease)
                {
                    await Run(lease, worker);
                    idle = options.Value.IdlePoll;
                    continue;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The cluster is changing (a silo left, a grain moves): ask again after a pause.
                LogRetry(log, worker, ex.Message);
            }

            try
            {
                await Task.Delay(idle, time, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            idle = TimeSpan.FromTicks(Math.Min(MaxIdle.Ticks, idle.Ticks * 2));
        }
    }

    private async Task Run(ReplicationLease lease, string worker)
    {
        var experiment = grains.GetGrain<IExperimentGrain>(lease.Experiment);
        var scenario = await scenarios.Get(lease.Experiment, experiment.Request);
        var run = Task.Factory.StartNew(() => ReplicationRunner.Run(scenario, lease.Replication),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        while (await Task.WhenAny(run, Task.Delay(options.Value.RenewEvery, time)) != run)
        {
            try
            {
                await experiment.Renew(lease.Replication, worker).WaitAsync(options.Value.RenewEvery, time);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The experiment's silo is lost or slow: keep running; the reactivated grain keeps the lease open for a while.
                LogRenewFailed(log, worker, lease.Replication, ex.Message);
            }
        }

        var result = await run;
        runs.Count(lease.Experiment, lease.Replication);
        var json = ReplicationJson.ToBytes(result);

        // Every step is idempotent; a silo lost in the meantime costs a retry, not the replication's work.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await grains.GetGrain<IReplicationGrain>(GrainKeys.Replication(lease.Experiment, lease.Replication)).Store(json);
                await FigurePublisher.Publish(grains, lease.Experiment, scenario, result);
                await experiment.Complete(lease.Replication, result.Messages, worker);
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException && attempt < RecordAttempts)
            {
                LogRecordRetry(log, worker, lease.Replication, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), time);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "worker {Worker}: could not renew the lease of replication {Replication}: {Problem}")]
    private static partial void LogRenewFailed(ILogger logger, string worker, int replication, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "worker {Worker}: recording replication {Replication} again after: {Problem}")]
    private static partial void LogRecordRetry(ILogger logger, string worker, int replication, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "worker {Worker}: asking for work again after: {Problem}")]
    private static partial void LogRetry(ILogger logger, string worker, string problem);
}
