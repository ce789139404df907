namespace Corridors.Graphs.Paths;

/// <summary>The zero bound: A* with it is plain Dijkstra, and the specialised search drops the bound entirely.</summary>
internal readonly struct NoHeuristic : INodeHeuristic
{
    /// <inheritdoc />
    public double LowerBound(int node) => 0.0;
}
