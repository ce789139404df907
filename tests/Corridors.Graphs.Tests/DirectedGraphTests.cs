namespace Corridors.Graphs.Tests;

public sealed class DirectedGraphTests
{
    // e0: 2->0, e1: 0->1, e2: 0->2, e3: 1->2, e4: 0->1 (parallel to e1), e5: 2->2 (self-loop)
    private static DirectedGraph Sample()
    {
        var builder = new DirectedGraphBuilder(4);
        int[] ids =
        [
            builder.AddEdge(2, 0), builder.AddEdge(0, 1), builder.AddEdge(0, 2),
            builder.AddEdge(1, 2), builder.AddEdge(0, 1), builder.AddEdge(2, 2),
        ];
        Assert.Equal([0, 1, 2, 3, 4, 5], ids);
        return builder.Build();
    }

    [Fact]
    public void Build_WithEdgeList_KeepsIdsEndpointsAndCounts()
    {
        var graph = Sample();

        Assert.Equal(4, graph.NodeCount);
        Assert.Equal(6, graph.EdgeCount);
        Assert.Equal(2, graph.Source(0));
        Assert.Equal(0, graph.Target(0));
        Assert.Equal(1, graph.Target(4));
    }

    [Fact]
    public void OutEdgesAndInEdges_ListEdgeIdsInIncreasingOrder()
    {
        var graph = Sample();

        Assert.Equal([1, 2, 4], graph.OutEdges(0).ToArray());
        Assert.Equal([0, 5], graph.OutEdges(2).ToArray());
        Assert.Equal([2, 3, 5], graph.InEdges(2).ToArray());
        Assert.Empty(graph.OutEdges(3).ToArray());
        Assert.Empty(graph.InEdges(3).ToArray());
    }

    [Fact]
    public void Reversed_SwapsEndpointsAndKeepsEdgeIds()
    {
        var graph = Sample();
        var reversed = graph.Reversed;

        Assert.Equal(0, reversed.Source(0));
        Assert.Equal(2, reversed.Target(0));
        Assert.Equal(graph.InEdges(2).ToArray(), reversed.OutEdges(2).ToArray());
        Assert.Same(graph, reversed.Reversed);
    }

    [Fact]
    public void Build_AfterMoreEdgesAreAdded_LeavesEarlierGraphUnchanged()
    {
        var builder = new DirectedGraphBuilder(2);
        builder.AddEdge(0, 1);
        var first = builder.Build();
        builder.AddEdge(1, 0);

        Assert.Equal(1, first.EdgeCount);
        Assert.Equal(2, builder.Build().EdgeCount);
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, 3)]
    public void AddEdge_WithNodeOutOfRange_ThrowsNamingTheNode(int source, int target)
    {
        var builder = new DirectedGraphBuilder(3);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddEdge(source, target));

        Assert.Contains($"node {(source < 0 ? source : target)} is not in the graph (0..2)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OutEdges_WithNodeOutOfRange_Throws()
    {
        var graph = Sample();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => graph.OutEdges(4).Length);

        Assert.Contains("Node 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Source_WithEdgeOutOfRange_Throws()
    {
        var graph = Sample();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => graph.Source(6));

        Assert.Contains("Edge 6", error.Message, StringComparison.Ordinal);
    }
}
