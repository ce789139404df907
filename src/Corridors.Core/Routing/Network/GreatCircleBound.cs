using Corridors.Core.Model;
using Corridors.Graphs.Paths;

namespace Corridors.Core.Routing.Network;

/// <summary>
/// An A* lower bound from great-circle distance: h(v) = gc(v, t) · ρ, with ρ the smallest cost per
/// great-circle km of any link, ρ = min over links e with gc(e) &gt; 0 of w(e) / gc(e).
/// </summary>
/// <remarks>
/// Admissible for the data as given, whatever distances the links state: every link e costs
/// w(e) ≥ ρ · gc(e) (also when gc(e) = 0, as w ≥ 0), node edges cost ≥ 0 and stay at one place, so a
/// path from v to t costs at least ρ · Σ gc(e) ≥ ρ · gc(v, t) by the triangle inequality of the
/// great-circle metric. ρ is shrunk by one part in 10⁹ so rounding in the haversine sums cannot push
/// the bound above the true cost.
/// </remarks>
internal readonly struct GreatCircleBound : INodeHeuristic
{
    private const double RoundingMargin = 1 - 1e-9;
    private readonly int[] _vertexNode;
    private readonly IReadOnlyList<NodeSpec> _nodes;
    private readonly GeoPoint _target;
    private readonly double _costPerKm;

    private GreatCircleBound(int[] vertexNode, IReadOnlyList<NodeSpec> nodes, GeoPoint target, double costPerKm)
    {
        _vertexNode = vertexNode;
        _nodes = nodes;
        _target = target;
        _costPerKm = costPerKm;
    }

    /// <summary>Gets ρ, the bound's cost per great-circle km.</summary>
    public double CostPerKm => _costPerKm;

    /// <summary>Creates the bound towards model node <paramref name="targetNode"/> for the edge weights <paramref name="weights"/>.</summary>
    public static GreatCircleBound Create(MultimodalNetwork network, ReadOnlySpan<double> weights, int targetNode) =>
        Create(network, CostPerKmOf(network, weights), targetNode);

    /// <summary>Creates the bound towards model node <paramref name="targetNode"/> with ρ = <paramref name="costPerKm"/> (from <see cref="CostPerKmOf"/>).</summary>
    /// <remarks>
    /// Distances are computed when asked, not for every node up front: a search settles a small part of
    /// a large network, so building the bound must not be linear in it.
    /// </remarks>
    public static GreatCircleBound Create(MultimodalNetwork network, double costPerKm, int targetNode) =>
        new(network.VertexNode, network.Model.Nodes, network.Model.Nodes[targetNode].Location, costPerKm);

    /// <inheritdoc />
    public double LowerBound(int node) => _nodes[_vertexNode[node]].Location.DistanceKmTo(_target) * _costPerKm;

    /// <summary>Gets ρ for <paramref name="weights"/>: the smallest weight per great-circle km of any edge, shrunk by the rounding margin.</summary>
    public static double CostPerKmOf(MultimodalNetwork network, ReadOnlySpan<double> weights)
    {
        double rate = double.PositiveInfinity;
        double[] km = network.EdgeGreatCircleKm;
        for (int e = 0; e < km.Length; e++)
        {
            if (km[e] > 0)
            {
                rate = Math.Min(rate, weights[e] / km[e]);
            }
        }

        return double.IsFinite(rate) ? rate * RoundingMargin : 0;
    }
}
