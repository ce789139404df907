namespace Corridors.Core.Model;

/// <summary>How shipments choose among routes.</summary>
/// <param name="Weights">Generalized-cost weights.</param>
/// <param name="K">Number of candidate routes per flow (≥ 1).</param>
/// <param name="LogitScale">Multinomial-logit scale θ per generalized-cost unit (≥ 0); +∞ is all-or-nothing on the cheapest.</param>
public sealed record RoutingSpec(CostWeights Weights, int K, double LogitScale)
{
    /// <summary>Gets whether shipments choose by fixed shares or by the costs as they stand when they leave (ADR 0008).</summary>
    public RouteChoice Choice { get; init; } = RouteChoice.Dynamic;

    /// <summary>Gets whether shipments may switch route at ports and hubs (dynamic choice only).</summary>
    public bool Rerouting { get; init; } = true;

    /// <summary>Gets how far ahead, in hours, scheduled closures and seasonal windows are known to the choice (≥ 0; +∞: all).</summary>
    public double ClosureLookaheadHours { get; init; } = double.PositiveInfinity;

    /// <summary>Gets the weight of expected queueing waits in the dynamic cost, relative to other hours (≥ 0).</summary>
    public double CongestionWeight { get; init; } = 1;
}
