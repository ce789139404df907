using System.Globalization;

namespace Corridors.Graphs.Tests.Support;

/// <summary>A small random graph with one number per edge, printed readably when a property fails.</summary>
public sealed record GraphCase(int NodeCount, (int Source, int Target, double Value)[] Edges)
{
    public int EdgeCount => Edges.Length;

    public double[] Values => Edges.Select(e => e.Value).ToArray();

    public DirectedGraph Build()
    {
        var builder = new DirectedGraphBuilder(NodeCount);
        foreach (var (source, target, _) in Edges)
        {
            builder.AddEdge(source, target);
        }

        return builder.Build();
    }

    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"n={NodeCount} edges=[{string.Join(", ", Edges.Select((e, i) => $"e{i}:{e.Source}->{e.Target}@{e.Value}"))}]");
}
