namespace Corridors.Core.Routing;

/// <summary>A capacity in the minimum cut: it is used to the full by the maximum flow and binds the corridor.</summary>
/// <param name="Kind">Link or node.</param>
/// <param name="Id">Its id.</param>
/// <param name="TonnesPerYear">The capacity that binds, in t/yr.</param>
public sealed record CapacityLimit(CapacityLimitKind Kind, string Id, double TonnesPerYear);
