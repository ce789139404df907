using BenchmarkDotNet.Attributes;
using Corridors.Core.Benchmarks;
using Corridors.Core.Routing;
using Corridors.Core.World;

namespace Corridors.Benchmarks.Kernel;

/// <summary>
/// M/M/1 and M/M/5 at ρ = 0.9, 200,000 customers: the bare loop next to the same model through the
/// real actors and kernel. Target (issue 2): the actors at least half the bare loop's events/s.
/// Events/s = 400,000 / mean time. The minimal actors show how much of the gap is the kernel's and
/// how much the domain's (see <see cref="MinimalActors"/>).
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class KernelBenchmarks
{
    private const long Customers = 200_000;
    private CompiledScenario _scenario = null!;

    [Params(1, 5)]
    public int Servers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var model = MmcModel.Build(Servers, 0.9 * Servers, 1.0, Customers, 1);
        _scenario = CompiledScenario.Compile(model, new FewestHopsRouteProvider(model));
    }

    [Benchmark(Baseline = true)]
    public long BareLoop() => BareMmcLoop.Run(Servers, 0.9 * Servers, 1.0, Customers, 1).Events;

    [Benchmark]
    public long Actors() => ReplicationRunner.Run(_scenario, 0).Messages;

    /// <summary>The kernel's floor: actors that only queue, two messages per customer.</summary>
    [Benchmark]
    public long MinimalActorsTwoMessages() => MinimalActors.Run(Servers, 0.9 * Servers, 1.0, Customers, handOver: false);

    /// <summary>The kernel's floor with the hand-over every shipment makes: four messages per customer.</summary>
    [Benchmark]
    public long MinimalActorsFourMessages() => MinimalActors.Run(Servers, 0.9 * Servers, 1.0, Customers, handOver: true);
}
