namespace Corridors.Graphs.Paths;

/// <summary>
/// Uses exact distances to the target in a supergraph (for example computed by a reverse one-to-all
/// search before edges were closed) as the bound; such a bound is admissible and consistent.
/// </summary>
internal readonly struct DistanceTableHeuristic(double[] distanceToTarget) : INodeHeuristic
{
    /// <inheritdoc />
    public double LowerBound(int node) => distanceToTarget[node];
}
