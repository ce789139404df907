namespace Corridors.Core.Model;

/// <summary>How shipments choose among routes.</summary>
/// <param name="Weights">Generalized-cost weights.</param>
/// <param name="K">Number of candidate routes per flow (≥ 1).</param>
/// <param name="LogitScale">Multinomial-logit scale θ per generalized-cost unit (≥ 0); +∞ is all-or-nothing on the cheapest.</param>
public sealed record RoutingSpec(CostWeights Weights, int K, double LogitScale);
