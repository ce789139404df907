using BenchmarkDotNet.Attributes;
using Corridors.Graphs.Flows;
using Corridors.Graphs.Paths;

namespace Corridors.Benchmarks.Routing;

/// <summary>
/// The graph engine on the standard 10,000-node / 40,000-edge random graph. Each case runs once per
/// query pair and reports the time per query. Targets (issue 3): one-to-all Dijkstra ≤ ~7 ms,
/// k = 10 Yen ≤ ~15 ms per pair.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class RoutingBenchmarks
{
    private const int PairCount = 10;
    private RandomRoutingGraph _input = null!;
    private DijkstraSearch _dijkstra = null!;
    private YenKShortestPaths _yen = null!;
    private MaxFlowSolver _maxFlow = null!;

    [GlobalSetup]
    public void Setup()
    {
        _input = RandomRoutingGraph.Standard();
        _dijkstra = new DijkstraSearch(_input.Graph);
        _yen = new YenKShortestPaths(_input.Graph);
        _maxFlow = new MaxFlowSolver(_input.Graph);
    }

    [Benchmark(OperationsPerInvoke = PairCount)]
    public double DijkstraSinglePair()
    {
        double total = 0;
        foreach (var (s, t) in _input.Pairs)
        {
            _dijkstra.ComputePath(s, t, _input.Weights);
            total += _dijkstra.Distance(t);
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = PairCount)]
    public double DijkstraOneToAll()
    {
        double total = 0;
        foreach (var (s, t) in _input.Pairs)
        {
            _dijkstra.ComputeTree(s, _input.Weights);
            total += _dijkstra.Distance(t);
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = PairCount)]
    public int YenK10()
    {
        int paths = 0;
        foreach (var (s, t) in _input.Pairs)
        {
            paths += _yen.Compute(s, t, 10, _input.Weights).Count;
        }

        return paths;
    }

    [Benchmark(OperationsPerInvoke = PairCount)]
    public double MaxFlow()
    {
        double total = 0;
        foreach (var (s, t) in _input.Pairs)
        {
            total += _maxFlow.Compute(_input.Capacities, [s], [t]).Value;
        }

        return total;
    }
}
