using BenchmarkDotNet.Attributes;
using Corridors.Core.Model;
using Corridors.Core.Routing;

namespace Corridors.Benchmarks.Routing;

/// <summary>
/// Scenario routing on <see cref="CaspianScenario"/> (40 nodes, about 100 links, 20 flows, K = 5):
/// what CompiledScenario.Compile spends on routes, and the queries behind the CLI. Target (issue 3):
/// building the network and routing every flow takes milliseconds.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ScenarioRoutingBenchmarks
{
    private ScenarioModel _model = null!;
    private CorridorRouter _router = null!;
    private string[] _ports = [];

    [GlobalSetup]
    public void Setup()
    {
        _model = CaspianScenario.Build();
        _router = new CorridorRouter(_model);
        _ports = [.. _model.Nodes.OfType<PortSpec>().Select(p => p.Id)];
    }

    /// <summary>Model check, network expansion, and K routes plus logit shares for every flow.</summary>
    [Benchmark]
    public int BuildAndRouteAllFlows()
    {
        var provider = new LogitRouteProvider(_model);
        return _model.Flows.Sum(f => provider.RoutesFor(f).Count);
    }

    [Benchmark]
    public int RoutesK5() => _router.Routes(_model.Flows[0].Origin, _model.Flows[0].Destination, 5, RoutePreset.Generalized).Count;

    [Benchmark]
    public int RoutesK1() => _router.Routes(_model.Flows[0].Origin, _model.Flows[0].Destination, 1, RoutePreset.Generalized).Count;

    [Benchmark]
    public double CapacityBetweenPortSets() => _router.Capacity(_ports[..4], _ports[^4..]).MaxTonnesPerYear;
}
