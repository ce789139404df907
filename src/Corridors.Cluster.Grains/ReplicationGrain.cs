using Corridors.Cluster.Contracts;
using Corridors.Cluster.Grains.State;

namespace Corridors.Cluster.Grains;

/// <summary>One replication's stored result; the first store wins (a re-run gives the same bytes anyway).</summary>
internal sealed class ReplicationGrain([PersistentState("result", ClusterStorage.Name)] IPersistentState<ReplicationRecord> record)
    : Grain, IReplicationGrain
{
    public async Task Store(byte[] json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (record.State.Json is null)
        {
            record.State.Json = json;
            await record.WriteStateAsync();
        }
    }

    public Task<byte[]?> Result() => Task.FromResult(record.State.Json);
}
