using Corridors.Core.Model;

namespace Corridors.Core.Routing.Network;

/// <summary>
/// What crossing each edge of a <see cref="MultimodalNetwork"/> costs one tonne of a given cargo:
/// hours (travel and expected waits, or expected stage delays at a node), USD (tariff, or transshipment
/// charge when the mode changes), kg CO2 and km. Per edge id, so the graph engine reads them as arrays.
/// </summary>
internal sealed class EdgeMeasures
{
    private EdgeMeasures(int edges)
    {
        Hours = new double[edges];
        Usd = new double[edges];
        Co2Kg = new double[edges];
        Km = new double[edges];
    }

    /// <summary>Gets the hours per edge id.</summary>
    public double[] Hours { get; }

    /// <summary>Gets the USD per tonne per edge id.</summary>
    public double[] Usd { get; }

    /// <summary>Gets the kg CO2 per tonne per edge id.</summary>
    public double[] Co2Kg { get; }

    /// <summary>Gets the km per edge id.</summary>
    public double[] Km { get; }

    /// <summary>Measures every edge of <paramref name="network"/> for <paramref name="cargo"/>.</summary>
    public static EdgeMeasures Compute(MultimodalNetwork network, CargoProfile cargo)
    {
        var model = network.Model;
        var measures = new EdgeMeasures(network.Graph.EdgeCount);
        for (int e = 0; e < network.Graph.EdgeCount; e++)
        {
            if (network.EdgeKind[e] == NetworkEdgeKind.Link)
            {
                var link = model.Links[network.EdgeLink[e]];
                measures.Hours[e] = link.MeanTravelHours + ExpectedDelays.DepartureWaitHours(link, cargo);
                measures.Usd[e] = link.Cost.Usd(1, 1 / cargo.TonnesPerTeu, link.DistanceKm);
                measures.Co2Kg[e] = link.Co2KgPerTonneKm * link.DistanceKm;
                measures.Km[e] = link.DistanceKm;
            }
            else
            {
                var node = model.Nodes[network.EdgeNode[e]];
                var inbound = network.EdgeInbound[e] >= 0 ? model.Links[network.EdgeInbound[e]] : null;
                var outbound = network.EdgeOutbound[e] >= 0 ? model.Links[network.EdgeOutbound[e]] : null;
                measures.Hours[e] = ExpectedDelays.StageHours(node, inbound, outbound, cargo);
                measures.Usd[e] = TransshipmentUsd(node, inbound, outbound);
            }
        }

        return measures;
    }

    /// <summary>Gets the charge per tonne at <paramref name="node"/>: its transshipment price when the mode changes, else 0.</summary>
    public static double TransshipmentUsd(NodeSpec node, LinkSpec? inbound, LinkSpec? outbound) =>
        inbound is not null && outbound is not null && inbound.Mode != outbound.Mode ? node.TransshipmentUsdPerTonne : 0;

    /// <summary>Gets the generalized cost of every edge: w_time·hours + w_money·USD + w_co2·kg CO2.</summary>
    public double[] Weights(CostWeights weights)
    {
        var result = new double[Hours.Length];
        for (int e = 0; e < result.Length; e++)
        {
            result[e] = Weight(e, weights);
        }

        return result;
    }

    /// <summary>Gets the generalized cost of edge <paramref name="edge"/>.</summary>
    public double Weight(int edge, CostWeights weights) =>
        (weights.PerHour * Hours[edge]) + (weights.PerUsd * Usd[edge]) + (weights.PerKgCo2 * Co2Kg[edge]);
}
