using BenchmarkDotNet.Attributes;
using Corridors.Core.Benchmarks;
using Corridors.Core.Experiments;
using Corridors.Core.Routing;
using Corridors.Core.World;

namespace Corridors.Benchmarks.Kernel;

/// <summary>Eight M/M/5 replications on one core and on two: replications share nothing, so two cores should take about half the time (target ≥ 1.8×).</summary>
[ShortRunJob]
public class ReplicationScalingBenchmarks
{
    private CompiledScenario _scenario = null!;

    [Params(1, 2)]
    public int Parallel { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var model = MmcModel.Build(5, 4.5, 1.0, 200_000, 1);
        _scenario = CompiledScenario.Compile(model, new FewestHopsRouteProvider(model));
    }

    [Benchmark]
    public int EightReplications() => MonteCarloRunner.Run(_scenario, 0, 8, Parallel).Count;
}
