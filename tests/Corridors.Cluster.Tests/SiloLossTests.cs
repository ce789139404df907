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

    // Without the question, the client would retry for a minute before giving up.
    [Fact(Timeout = 30_000)]
    public async Task A_client_whose_every_silo_is_gone_stops_with_the_reason_it_is_told_after_a_few_failed_calls()
    {
        var scenario = RichNetwork.Build().Compile();
        await using var cluster = await TestClusters.StartAsync(1);
        var request = ExperimentRequests.For(scenario, [], 0, 1);
        await cluster.KillSiloAsync(cluster.Silos[0]);
        var asked = 0;
        var client = new ExperimentClient(cluster.Client, () => Task.FromResult<string?>($"every silo is gone (asked {++asked} time)"));

        var gone = await Assert.ThrowsAsync<ClusterUnavailableException>(() => client.RunAsync(request, null));

        Assert.Equal("every silo is gone (asked 1 time)", gone.Message);
    }
}
