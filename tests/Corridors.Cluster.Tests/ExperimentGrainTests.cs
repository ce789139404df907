using Corridors.Cluster.Contracts;
using Corridors.Cluster.Hosting;
using Corridors.Core.Reports;
using Corridors.Core.World;
using Corridors.Testing;

namespace Corridors.Cluster.Tests;

/// <summary>The experiment grain on a two-silo in-process cluster: same bytes as the kernel alone, reuse, resumption.</summary>
public sealed class ExperimentGrainTests
{
    private static readonly CompiledScenario Scenario = RichNetwork.Build(horizon: 3000, warmup: 100).Compile();

    [Fact]
    public async Task Gives_the_kernels_bytes_in_order_and_a_new_client_asking_the_same_is_answered_from_the_first_run()
    {
        await using var cluster = await TestClusters.StartAsync(2);
        var request = ExperimentRequests.For(Scenario, [], 0, 6);
        TestClusters.Share(cluster, request.Key, Scenario);

        var results = await new ExperimentClient(cluster.Client).RunAsync(request, null);

        // The client dies; a new one asks the same and gets the recorded results.
        await cluster.KillClientAsync();
        await cluster.InitializeClientAsync();
        var again = await new ExperimentClient(cluster.Client).RunAsync(request, null);

        Assert.Equal(Enumerable.Range(0, 6), results.Select(r => r.Replication));
        for (var r = 0; r < 6; r++)
        {
            Assert.Equal(ReplicationJson.ToBytes(ReplicationRunner.Run(Scenario, r)), ReplicationJson.ToBytes(results[r]));
            Assert.Equal(ReplicationJson.ToBytes(results[r]), ReplicationJson.ToBytes(again[r]));
            Assert.Equal(1, TestClusters.Runs(cluster, request.Key, r));
        }
    }

    [Fact]
    public async Task A_reactivated_experiment_resumes_from_the_recorded_replications_without_running_them_again()
    {
        await using var cluster = await TestClusters.StartAsync(2);
        var first = ExperimentRequests.For(Scenario, [], 0, 4);
        TestClusters.Share(cluster, first.Key, Scenario);
        var client = new ExperimentClient(cluster.Client);
        await client.RunAsync(first, null);

        // Its activation goes; its state stays in storage. More replications of the same experiment:
        await cluster.DeactivateAsync(cluster.Client.GetGrain<IExperimentGrain>(first.Key));
        var progress = await cluster.Client.GetGrain<IExperimentGrain>(first.Key).Progress();
        var results = await client.RunAsync(first with { Count = 8 }, null);

        Assert.Equal(4, progress.Done);
        Assert.Equal(Enumerable.Range(0, 8), results.Select(r => r.Replication));
        Assert.All(Enumerable.Range(0, 8), r => Assert.Equal(1, TestClusters.Runs(cluster, first.Key, r)));
    }

    [Fact]
    public async Task Complete_counts_another_workers_completion_as_run_twice_but_not_the_same_worker_reporting_again_after_a_reactivation()
    {
        await using var cluster = await TestClusters.StartAsync(1);
        var request = ExperimentRequests.For(Scenario, [], 0, 2);
        TestClusters.Share(cluster, request.Key, Scenario);
        var experiment = cluster.Client.GetGrain<IExperimentGrain>(request.Key);

        // Not put on the work board: no silo worker takes it; the test plays the workers.
        await experiment.Submit(request);
        var lease = await experiment.Lease("worker-a");
        await experiment.Complete(0, 1000, "worker-a");

        // The experiment's silo died after recording, before answering: worker-a reports to the reactivated grain again.
        await cluster.DeactivateAsync(experiment);
        await experiment.Complete(0, 1000, "worker-a");
        var retried = await experiment.Status();

        // worker-b ran it too (worker-a's lease had expired): work really done twice.
        await experiment.Complete(0, 1000, "worker-b");
        var rerun = await experiment.Status();

        Assert.Equal(0, lease.Replication);
        Assert.Equal((1, 1000, 0), (retried!.Progress.Done, retried.Progress.Messages, retried.Progress.Repeats));
        Assert.Empty(retried.RunTwice!);
        Assert.Equal((1, 1), (rerun!.Progress.Done, rerun.Progress.Repeats));
        Assert.Equal([0], rerun.RunTwice!);
    }

    [Fact]
    public async Task Unknown_experiments_have_no_status_and_an_invalid_scenario_is_refused_in_one_line()
    {
        await using var cluster = await TestClusters.StartAsync(1);
        var unknown = await cluster.Client.GetGrain<IExperimentGrain>("0123456789ab").Status();
        var broken = new ExperimentRequest("k", "broken", "/s/broken.yaml", [new ScenarioFile("/s/broken.yaml", "name: broken\nnodes: [\n"u8.ToArray())], 1, 0, 1, [], []);

        var answer = await cluster.Client.GetGrain<IExperimentGrain>("k").Submit(broken);

        Assert.Null(unknown);
        Assert.StartsWith("the submitted scenario is not valid: /s/broken.yaml:", answer.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', answer.Problem!);
    }

    [Fact]
    public async Task A_scenario_submitted_as_files_is_loaded_by_the_silo_under_the_clients_key()
    {
        await using var cluster = await TestClusters.StartAsync(1);
        var loaded = Scenarios.ScenarioLoader.Load(Repository.File("scenarios", "caspian-baseline.yaml"));
        var scenario = CompiledScenario.Compile(loaded.Model!, new Core.Routing.FewestHopsRouteProvider(loaded.Model!));
        var request = ExperimentRequests.For(scenario, loaded.Files, 0, 0);

        var accepted = await cluster.Client.GetGrain<IExperimentGrain>(request.Key).Submit(request);
        var tampered = request with { Seed = request.Seed + 1 };
        var refused = await cluster.Client.GetGrain<IExperimentGrain>("other").Submit(tampered with { Key = "other" });

        Assert.Null(accepted.Problem);
        Assert.StartsWith("the submitted files give experiment ", refused.Problem, StringComparison.Ordinal);
    }
}
