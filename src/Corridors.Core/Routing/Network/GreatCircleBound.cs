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
    private readonly double[] _kmToTarget;
    private readonly double _costPerKm;

    private GreatCircleBound(int[] vertexNode, double[] kmToTarget, double costPerKm)
    {
        _vertexNode = vertexNode;
        _kmToTarget = kmToTarget;
        _costPerKm = costPerKm;
    }

    /// <summary>Gets ρ, the bound's cost per great-circle km.</summary>
    public double CostPerKm => _costPerKm;

    /// <summary>Creates the bound towards model node <paramref name="targetNode"/> for the edge weights <paramref name="weights"/>.</summary>
    public static GreatCircleBound Create(MultimodalNetwork network, ReadOnlySpan<double> weights, int targetNode)
    {
        var nodes = network.Model.Nodes;
        var target = nodes[targetNode].Location;
        var kmToTarget = new double[nodes.Count];
        for (int v = 0; v < kmToTarget.Length; v++)
        {
            kmToTarget[v] = nodes[v].Location.DistanceKmTo(target);
        }

        return new GreatCircleBound(network.VertexNode, kmToTarget, CostPerKmOf(network, weights));
    }

    /// <inheritdoc />
    public double LowerBound(int node) => _kmToTarget[_vertexNode[node]] * _costPerKm;

    private static double CostPerKmOf(MultimodalNetwork network, ReadOnlySpan<double> weights)
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
