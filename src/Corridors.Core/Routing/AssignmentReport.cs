namespace Corridors.Core.Routing;

/// <summary>The cheapest way to carry an annual demand within the capacities, and what does not fit.</summary>
/// <param name="From">Ids of the nodes goods leave from.</param>
/// <param name="To">Ids of the nodes goods go to.</param>
/// <param name="DemandTonnesPerYear">The demand asked for, t/yr.</param>
/// <param name="DeliveredTonnesPerYear">What fits, t/yr (at most the maximum flow).</param>
/// <param name="CostPerYear">Σ t/yr × generalized cost per tonne over the assignment.</param>
/// <param name="Links">Flow on each link that carries some, in model order.</param>
public sealed record AssignmentReport(
    IReadOnlyList<string> From, IReadOnlyList<string> To, double DemandTonnesPerYear, double DeliveredTonnesPerYear, double CostPerYear, IReadOnlyList<LinkFlow> Links)
{
    /// <summary>Gets the demand that does not fit, t/yr (≥ 0).</summary>
    public double UnmetTonnesPerYear => Math.Max(0, DemandTonnesPerYear - DeliveredTonnesPerYear);
}
