using Corridors.Core.Model;

namespace Corridors.Core.Routing;

/// <summary>
/// Gives each demand flow the routes its shipments take. The simulation asks once per flow, before
/// the first replication, so simulated shipments follow the routes the <c>routes</c> command shows.
/// </summary>
public interface IRouteProvider
{
    /// <summary>Returns the route options of <paramref name="flow"/> (shares sum to 1), or an empty list when no route exists.</summary>
    IReadOnlyList<RouteOption> RoutesFor(FlowSpec flow);
}
