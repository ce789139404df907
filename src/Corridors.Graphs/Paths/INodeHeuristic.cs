namespace Corridors.Graphs.Paths;

/// <summary>
/// A lower bound on the remaining cost from a node to the target of an A* search, for example
/// great-circle distance divided by the fastest speed. Implement it on a struct so the search
/// is specialised for it and the bound is inlined.
/// </summary>
public interface INodeHeuristic
{
    /// <summary>
    /// Gets a lower bound on the cost of any path from <paramref name="node"/> to the target, in the
    /// units of the edge weights: ≥ 0 and never above the true remaining cost (admissible);
    /// +∞ only when the target is unreachable from <paramref name="node"/>.
    /// </summary>
    double LowerBound(int node);
}
