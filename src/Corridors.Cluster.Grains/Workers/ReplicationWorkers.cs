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
            await experiment.Renew(lease.Replication, worker);
        }

        var result = await run;
        runs.Count(lease.Experiment, lease.Replication);
        await grains.GetGrain<IReplicationGrain>(GrainKeys.Replication(lease.Experiment, lease.Replication)).Store(ReplicationJson.ToBytes(result));
        await FigurePublisher.Publish(grains, lease.Experiment, scenario, result);
        await experiment.Complete(lease.Replication, result.Messages);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "worker {Worker}: asking for work again after: {Problem}")]
    private static partial void LogRetry(ILogger logger, string worker, string problem);
}
