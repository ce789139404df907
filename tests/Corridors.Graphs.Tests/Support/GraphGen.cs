using FsCheck;
using FsCheck.Fluent;

namespace Corridors.Graphs.Tests.Support;

/// <summary>FsCheck generators of small random directed multigraphs (self-loops and parallel edges included).</summary>
public static class GraphGen
{
    /// <summary>
    /// Graphs with 1..maxNodes nodes and 0..maxEdges edges; values are integers 0..maxValue (so sums are
    /// exact and ties common), and with <paramref name="closedPercent"/> % chance +∞.
    /// </summary>
    public static Gen<GraphCase> Graphs(int maxNodes, int maxEdges, int maxValue, int closedPercent = 0) =>
        from n in Gen.Choose(1, maxNodes)
        from m in Gen.Choose(0, maxEdges)
        from edges in Gen.ArrayOf(Edge(n, maxValue, closedPercent), m)
        select new GraphCase(n, edges);

    /// <summary>A graph plus a source and a target node of it.</summary>
    public static Gen<(GraphCase Graph, int Source, int Target)> WithPair(Gen<GraphCase> graphs) =>
        from g in graphs
        from s in Gen.Choose(0, g.NodeCount - 1)
        from t in Gen.Choose(0, g.NodeCount - 1)
        select (g, s, t);

    private static Gen<(int, int, double)> Edge(int n, int maxValue, int closedPercent) =>
        from s in Gen.Choose(0, n - 1)
        from t in Gen.Choose(0, n - 1)
        from closed in Gen.Choose(1, 100)
        from w in Gen.Choose(0, maxValue)
        select (s, t, closed <= closedPercent ? double.PositiveInfinity : (double)w);
}
