namespace Corridors.Core.Routing;

/// <summary>A corridor's capacity is unbounded: some route states no capacity on any of its links or nodes.</summary>
public sealed class UnboundedCapacityException : RouteQueryException
{
    /// <summary>Initializes the exception with the node ids of such a route.</summary>
    public UnboundedCapacityException(IReadOnlyList<string> route)
        : base($"unbounded: no capacity is stated on any link or node of the route {string.Join(" → ", route)}; state a capacity (t/yr or TEU/yr) on one of them")
    {
        Route = route;
    }

    /// <summary>Gets the node ids of a route without any stated capacity.</summary>
    public IReadOnlyList<string> Route { get; }
}
