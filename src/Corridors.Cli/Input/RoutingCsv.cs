using Corridors.Graphs;

namespace Corridors.Cli.Input;

/// <summary>The plain graph files of `corridors bench routing`: EDGES.csv (src,dst,weight) and PAIRS.csv (s,t).</summary>
internal static class RoutingCsv
{
    /// <summary>Loads an edge list; node ids run from 0 to the largest id mentioned; edge ids follow the file's row order.</summary>
    public static (DirectedGraph Graph, double[] Weights) LoadEdges(string file)
    {
        var sources = new List<int>();
        var targets = new List<int>();
        var weights = new List<double>();
        foreach (var (line, fields) in CsvRows.Read(file, "src", "dst", "weight"))
        {
            sources.Add(CsvRows.NodeId(file, line, fields, 0, "src"));
            targets.Add(CsvRows.NodeId(file, line, fields, 1, "dst"));
            weights.Add(CsvRows.NonNegative(file, line, fields, 2, "weight"));
        }

        int nodeCount = sources.Count == 0 ? 0 : Math.Max(sources.Max(), targets.Max()) + 1;
        var builder = new DirectedGraphBuilder(nodeCount, sources.Count);
        for (int e = 0; e < sources.Count; e++)
        {
            builder.AddEdge(sources[e], targets[e]);
        }

        return (builder.Build(), [.. weights]);
    }

    /// <summary>Loads query pairs; every node must exist in <paramref name="graph"/>; at least one pair.</summary>
    public static (int Source, int Target)[] LoadPairs(string file, DirectedGraph graph)
    {
        var pairs = new List<(int, int)>();
        foreach (var (line, fields) in CsvRows.Read(file, "s", "t"))
        {
            pairs.Add((Node(file, line, fields, 0, "s", graph), Node(file, line, fields, 1, "t", graph)));
        }

        return pairs.Count > 0 ? [.. pairs] : throw new CsvInputException($"{file}: no pairs after the header");
    }

    private static int Node(string file, int line, string[] fields, int index, string name, DirectedGraph graph)
    {
        int node = CsvRows.NodeId(file, line, fields, index, name);
        if (node < graph.NodeCount)
        {
            return node;
        }

        string known = graph.NodeCount == 0 ? "it has no nodes" : $"nodes 0..{graph.NodeCount - 1}";
        throw CsvInputException.At(file, line, name, $"node {node} is not in the edge list ({known})");
    }
}
