using Corridors.Cluster.Contracts;
using Corridors.Cluster.Hosting;
using Corridors.Core.Reports;
using Corridors.Core.World;
using Corridors.Testing;

namespace Corridors.Cluster.Tests;

/// <summary>A silo dies in the middle of an experiment: its leases expire, other silos run them, nothing is lost.</summary>
public sealed class SiloLossTests
{
    private const int Replications = 12;

    [Fact]
    public async Task Killing_a_worker_silo_mid_run_loses_no_replication_and_changes_no_byte()
    {
        var scenario = RichNetwork.Build(horizon: 20_000, warmup: 100).Compile();
        await using var cluster = await TestClusters.StartAsync(3);
        var request = ExperimentRequests.For(scenario, [], 0, Replications);
        TestClusters.Share(cluster, request.Key, scenario);
        var killed = false;
        var doneAtKill = 0;

        var results = await new ExperimentClient(cluster.Client).RunAsync(request, p =>
        {
            if (!killed && p.Done >= 2)
            {
                killed = true;
                doneAtKill = p.Done;
                cluster.KillSiloAsync(cluster.Silos[^1]).GetAwaiter().GetResult();
            }
        });

        Assert.True(killed);
        Assert.True(doneAtKill < Replications, $"the silo was killed only after all {Replications} replications were recorded");
        Assert.Equal(2, cluster.Silos.Count);
        Assert.Equal(Enumerable.Range(0, Replications), results.Select(r => r.Replication));
        Assert.All(results, r => Assert.Equal(ReplicationJson.ToBytes(ReplicationRunner.Run(scenario, r.Replication)), ReplicationJson.ToBytes(r)));
        Assert.Equal(Replications, (await cluster.Client.GetGrain<IExperimentGrain>(request.Key).Progress()).Done);
    }
}
