namespace Corridors.Core.Routing;

/// <summary>
/// One of the ranked routes between two nodes: the nodes and links in order, every stop and leg, and
/// the totals per tonne. Totals are sums over stops and legs in travel order.
/// </summary>
public sealed record RouteReport
{
    /// <summary>Gets the rank, 1 for the cheapest.</summary>
    public required int Rank { get; init; }

    /// <summary>Gets the route as indices into the model's node and link lists.</summary>
    public required Route Route { get; init; }

    /// <summary>Gets the node ids in travel order, origin first.</summary>
    public required IReadOnlyList<string> Nodes { get; init; }

    /// <summary>Gets the link ids in travel order.</summary>
    public required IReadOnlyList<string> Links { get; init; }

    /// <summary>Gets the stops, one per node (so one more than the legs); stop i is before leg i.</summary>
    public required IReadOnlyList<RouteStop> Stops { get; init; }

    /// <summary>Gets the legs, one per link.</summary>
    public required IReadOnlyList<RouteLeg> Legs { get; init; }

    /// <summary>Gets the expected door-to-door hours: stage delays, waits for departures and travel.</summary>
    public required double Hours { get; init; }

    /// <summary>Gets USD per tonne: tariffs and transshipment charges.</summary>
    public required double Usd { get; init; }

    /// <summary>Gets kg CO2 per tonne.</summary>
    public required double Co2Kg { get; init; }

    /// <summary>Gets the length in km.</summary>
    public required double Km { get; init; }

    /// <summary>Gets the generalized cost per tonne the routes are ranked by.</summary>
    public required double Cost { get; init; }
}
