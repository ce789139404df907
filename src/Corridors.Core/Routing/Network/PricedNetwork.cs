using Corridors.Core.Model;

namespace Corridors.Core.Routing.Network;

/// <summary>
/// The edges of a <see cref="MultimodalNetwork"/> priced for one cargo and one set of cost weights:
/// the measures, the generalized cost per edge and the A* bound's cost per great-circle km. Computing it
/// is linear in the network; a router keeps the last one so flows with equal profiles share it.
/// The arrays are read-only by convention: searches copy them before closing edges.
/// </summary>
internal sealed class PricedNetwork
{
    private PricedNetwork(CargoProfile cargo, CostWeights costWeights, EdgeMeasures measures, double[] weights, double costPerKm)
    {
        Cargo = cargo;
        CostWeights = costWeights;
        Measures = measures;
        Weights = weights;
        CostPerKm = costPerKm;
    }

    /// <summary>Gets the cargo priced for.</summary>
    public CargoProfile Cargo { get; }

    /// <summary>Gets the cost weights priced with.</summary>
    public CostWeights CostWeights { get; }

    /// <summary>Gets the edges' measures.</summary>
    public EdgeMeasures Measures { get; }

    /// <summary>Gets the generalized cost per edge id.</summary>
    public double[] Weights { get; }

    /// <summary>Gets <see cref="GreatCircleBound.CostPerKmOf"/> of <see cref="Weights"/>.</summary>
    public double CostPerKm { get; }

    /// <summary>Prices every edge of <paramref name="network"/>.</summary>
    public static PricedNetwork Create(MultimodalNetwork network, CargoProfile cargo, CostWeights costWeights)
    {
        var measures = EdgeMeasures.Compute(network, cargo);
        var weights = measures.Weights(costWeights);
        return new PricedNetwork(cargo, costWeights, measures, weights, GreatCircleBound.CostPerKmOf(network, weights));
    }
}
