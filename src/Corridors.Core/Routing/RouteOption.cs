namespace Corridors.Core.Routing;

/// <summary>One route a flow may take and the share of its shipments that take it.</summary>
/// <param name="Route">The route.</param>
/// <param name="Share">Probability that a shipment takes it (0–1; a flow's options sum to 1).</param>
public sealed record RouteOption(Route Route, double Share);
