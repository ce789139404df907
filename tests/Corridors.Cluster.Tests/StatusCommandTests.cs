using Corridors.Cli;
using Corridors.Cli.Commands;
using Corridors.Cluster.Contracts;
using Corridors.Cluster.Hosting;
using Corridors.Testing;
using Orleans.TestingHost;

namespace Corridors.Cluster.Tests;

/// <summary>`corridors status` asking a one-silo in-process cluster: its exact lines and exit codes.</summary>
public sealed class StatusCommandTests
{
    [Fact]
    public async Task Execute_names_an_unknown_experiment_or_facility_in_one_line_and_shows_a_known_experiment()
    {
        var scenario = RichNetwork.Build().Compile();
        await using var cluster = await TestClusters.StartAsync(1);
        var request = ExperimentRequests.For(scenario, [], 0, 0);
        TestClusters.Share(cluster, request.Key, scenario);
        await cluster.Client.GetGrain<IExperimentGrain>(request.Key).Submit(request);
        await cluster.Client.GetGrain<IWorkBoardGrain>(GrainKeys.Board).Post(request.Key);
        var key = ExperimentKey.Abbreviate(request.Key);

        var unknown = await Status(cluster, "nope", null);
        var node = await Status(cluster, key[..6], "aktua");
        var known = await Status(cluster, key[..6], null);

        Assert.Equal((2, "", $"error: no experiment 'nope' in this cluster; expected one of {key} ({request.Name})\n"), unknown);
        Assert.Equal((2, "", $"error: experiment {key} has no facility or corridor 'aktua' — did you mean 'aktau'?\n"), node);
        Assert.Equal(0, known.Exit);
        Assert.StartsWith(
            $"experiment {request.Key} ({request.Name}): 0 of 0 replications recorded, 0 run twice; held by silo {cluster.Silos[0].SiloAddress.Endpoint}\nfacilities:\n",
            known.Output, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> Status(InProcessTestCluster cluster, string experiment, string? node)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await StatusCommand.Execute(cluster.Client, experiment, node, new CliConsole(output, error, IsInteractive: false));
        return (exit, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }
}
