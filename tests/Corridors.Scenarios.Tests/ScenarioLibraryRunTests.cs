using Corridors.Core.Routing;
using Corridors.Core.World;
using Corridors.Testing;

namespace Corridors.Scenarios.Tests;

/// <summary>Every scenario of the library runs: a 60-day replication delivers goods on every corridor that has a route and accounts for every shipment.</summary>
public sealed class ScenarioLibraryRunTests
{
    public static TheoryData<string> Files => ScenarioLibraryTests.Files;

    [Theory]
    [MemberData(nameof(Files))]
    public void Run_ShortHorizon_ConservesShipmentsAndDelivers(string file)
    {
        var model = ScenarioLoader.Load(Repository.File("scenarios", file)).Model!;
        model = model with { Experiment = model.Experiment with { HorizonHours = 60 * 24, WarmupHours = 10 * 24 } };
        var scenario = CompiledScenario.Compile(model, RouteProviders.Default(model));

        var result = ReplicationRunner.Run(scenario, 0);

        Assert.True(result.Conservation.Holds, result.Conservation.ToString());
        Assert.True(result.Conservation.Delivered > 1000, $"only {result.Conservation.Delivered} shipments delivered");
        Assert.True(result.Flows.Count(f => f.Shipments > 0) >= result.Flows.Count * 3 / 4,
            "most corridors should deliver within 50 days: " + string.Join(", ", result.Flows.Where(f => f.Shipments == 0).Select(f => f.Key)));
    }
}
