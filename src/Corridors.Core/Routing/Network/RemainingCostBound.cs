using Corridors.Graphs.Paths;

namespace Corridors.Core.Routing.Network;

/// <summary>
/// The exact remaining cost to the target in the network before any edge was closed, as an A* bound for
/// searches in which edges were closed since: closing only raises costs, so it is admissible and consistent.
/// </summary>
internal readonly struct RemainingCostBound(double[] toTarget) : INodeHeuristic
{
    public double LowerBound(int node) => toTarget[node];
}
