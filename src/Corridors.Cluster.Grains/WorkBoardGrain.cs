using Corridors.Cluster.Contracts;
using Corridors.Cluster.Grains.State;

namespace Corridors.Cluster.Grains;

/// <summary>The cluster's experiments and which have work; hands workers leases from the oldest open experiment first.</summary>
internal sealed class WorkBoardGrain([PersistentState("board", ClusterStorage.Name)] IPersistentState<BoardRecord> record)
    : Grain, IWorkBoardGrain
{
    public async Task Post(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var changed = false;
        if (!record.State.All.Contains(key))
        {
            record.State.All.Add(key);
            changed = true;
        }

        if (!record.State.Open.Contains(key))
        {
            record.State.Open.Add(key);
            changed = true;
        }

        if (changed)
        {
            await record.WriteStateAsync();
        }
    }

    public async Task<ReplicationLease?> TakeWork(string worker)
    {
        foreach (var key in record.State.Open.ToList())
        {
            var answer = await GrainFactory.GetGrain<IExperimentGrain>(key).Lease(worker);
            if (answer.Replication is { } replication)
            {
                return new ReplicationLease(key, replication);
            }

            if (answer.Finished)
            {
                record.State.Open.Remove(key);
                await record.WriteStateAsync();
            }
        }

        return null;
    }

    public Task<IReadOnlyList<string>> Experiments() => Task.FromResult<IReadOnlyList<string>>([.. record.State.All]);
}
