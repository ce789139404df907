using Corridors.Graphs;

namespace Corridors.Cli.Bench;

/// <summary>
/// The graph `bench routing` uses when no CSV files are given: a square grid, both directions between
/// neighbours, with seeded weights in [1, 10), and query pairs between random cells. Road networks are
/// near-planar and of low degree like a grid, so it exercises the searches the way corridor networks do;
/// the seed makes two runs on two machines time the same work.
/// </summary>
internal static class GridGraph
{
    /// <summary>Builds a <paramref name="side"/> × <paramref name="side"/> grid and <paramref name="pairCount"/> query pairs.</summary>
    public static (DirectedGraph Graph, double[] Weights, (int Source, int Target)[] Pairs) Build(int side, int pairCount, int seed)
    {
        var random = new Random(seed);
        var builder = new DirectedGraphBuilder(side * side, 4 * side * side);
        var weights = new List<double>(4 * side * side);
        for (var row = 0; row < side; row++)
        {
            for (var col = 0; col < side; col++)
            {
                var cell = (row * side) + col;
                if (col + 1 < side)
                {
                    Connect(builder, weights, random, cell, cell + 1);
                }

                if (row + 1 < side)
                {
                    Connect(builder, weights, random, cell, cell + side);
                }
            }
        }

        var pairs = Enumerable.Range(0, pairCount).Select(_ => (random.Next(side * side), random.Next(side * side))).ToArray();
        return (builder.Build(), [.. weights], pairs);
    }

    private static void Connect(DirectedGraphBuilder builder, List<double> weights, Random random, int a, int b)
    {
        builder.AddEdge(a, b);
        weights.Add(1 + (9 * random.NextDouble()));
        builder.AddEdge(b, a);
        weights.Add(1 + (9 * random.NextDouble()));
    }
}
