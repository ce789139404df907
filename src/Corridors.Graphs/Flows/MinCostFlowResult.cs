using System.Collections.Immutable;

namespace Corridors.Graphs.Flows;

/// <summary>The cheapest flow that ships as much of the demand as the capacities allow.</summary>
public sealed class MinCostFlowResult
{
    internal MinCostFlowResult(ImmutableArray<double> edgeFlows, double cost, double delivered, double totalDemand)
    {
        EdgeFlows = edgeFlows;
        Cost = cost;
        Delivered = delivered;
        TotalDemand = totalDemand;
    }

    /// <summary>Gets the flow on each edge by edge id, in [0, capacity], in capacity units.</summary>
    public ImmutableArray<double> EdgeFlows { get; }

    /// <summary>Gets the total cost, Σ flow × cost over the edges, in cost units.</summary>
    public double Cost { get; }

    /// <summary>Gets the amount shipped from supply nodes to demand nodes (≥ 0).</summary>
    public double Delivered { get; }

    /// <summary>Gets the total demand asked for: the sum of the negative supplies, negated (≥ 0).</summary>
    public double TotalDemand { get; }

    /// <summary>Gets the demand that could not be shipped: <see cref="TotalDemand"/> − <see cref="Delivered"/>, ≥ 0.</summary>
    public double UnmetDemand => Math.Max(0.0, TotalDemand - Delivered);
}
