using System.Globalization;
using Corridors.Graphs;
using Corridors.Graphs.Paths;

namespace Corridors.Benchmarks.Routing;

/// <summary>
/// The routing benchmark's input: a random sparse directed graph (uniform endpoints, no self-loops,
/// weights uniform in [1, 100)) and query pairs whose target is reachable, all from a fixed seed, so
/// BenchmarkDotNet and `corridors bench routing` measure the same graph.
/// </summary>
public sealed class RandomRoutingGraph
{
    public RandomRoutingGraph(int nodeCount, int edgeCount, int pairCount, int seed)
    {
        var random = new Random(seed);
        var builder = new DirectedGraphBuilder(nodeCount, edgeCount);
        Weights = new double[edgeCount];
        Capacities = new double[edgeCount];
        while (builder.EdgeCount < edgeCount)
        {
            int s = random.Next(nodeCount);
            int t = random.Next(nodeCount);
            if (s != t)
            {
                // Three decimals so the CSV form is exact and both measurements see identical weights.
                Weights[builder.EdgeCount] = Math.Round(1 + (99 * random.NextDouble()), 3);
                Capacities[builder.EdgeCount] = random.Next(1, 101);
                builder.AddEdge(s, t);
            }
        }

        Graph = builder.Build();
        var search = new DijkstraSearch(Graph);
        var pairs = new List<(int, int)>();
        while (pairs.Count < pairCount)
        {
            int s = random.Next(nodeCount);
            int t = random.Next(nodeCount);
            if (s != t && search.ComputePath(s, t, Weights))
            {
                pairs.Add((s, t));
            }
        }

        Pairs = [.. pairs];
    }

    /// <summary>The 10,000-node, 40,000-edge graph of the routing targets, seed 20261122, 10 pairs.</summary>
    public static RandomRoutingGraph Standard() => new(10_000, 40_000, 10, 20261122);

    public DirectedGraph Graph { get; }

    public double[] Weights { get; }

    public double[] Capacities { get; }

    public (int Source, int Target)[] Pairs { get; }

    /// <summary>Writes edges.csv (src,dst,weight) and pairs.csv (s,t) into <paramref name="directory"/>.</summary>
    public void WriteCsv(string directory)
    {
        Directory.CreateDirectory(directory);
        using (var edges = new StreamWriter(Path.Combine(directory, "edges.csv")))
        {
            edges.WriteLine("src,dst,weight");
            for (int e = 0; e < Graph.EdgeCount; e++)
            {
                edges.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Graph.Source(e)},{Graph.Target(e)},{Weights[e]:R}"));
            }
        }

        using var pairs = new StreamWriter(Path.Combine(directory, "pairs.csv"));
        pairs.WriteLine("s,t");
        foreach (var (s, t) in Pairs)
        {
            pairs.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s},{t}"));
        }
    }
}
