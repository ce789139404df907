using BenchmarkDotNet.Running;
using Corridors.Benchmarks.Routing;

// `routing-csv DIR` writes the routing benchmark graph as CSV for `corridors bench routing`;
// anything else goes to BenchmarkDotNet.
if (args is ["routing-csv", var directory])
{
    RandomRoutingGraph.Standard().WriteCsv(directory);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(RandomRoutingGraph).Assembly).Run(args);
