using Corridors.Core.Model;

namespace Corridors.Core.World;

/// <summary>What a route plans at one of its nodes: the stages there and the link it leaves by (-1 at its end).</summary>
/// <param name="Stages">Stages planned at the node.</param>
/// <param name="Link">Index of the link out of the node, or -1 where the route ends.</param>
internal readonly record struct RouteHop(Stages Stages, int Link);

/// <summary>
/// Every route's hops in one flat array, each route's from <see cref="First"/>[route] on, so that a
/// node event finds a shipment's stages and next link with one indexed load instead of route → stage
/// plan → links (issue 16).
/// </summary>
internal sealed class RouteHops
{
    public RouteHops(IReadOnlyList<CompiledRoute> routes)
    {
        First = new int[routes.Count];
        var all = new List<RouteHop>();
        for (var r = 0; r < routes.Count; r++)
        {
            First[r] = all.Count;
            var route = routes[r];
            for (var hop = 0; hop < route.StagesAtHop.Length; hop++)
            {
                all.Add(new RouteHop(route.StagesAtHop[hop], hop < route.Links.Length ? route.Links[hop] : -1));
            }
        }

        Hops = [.. all];
    }

    /// <summary>Gets the position in <see cref="Hops"/> of each route's first hop.</summary>
    public int[] First { get; }

    /// <summary>Gets the hops of all routes, route after route.</summary>
    public RouteHop[] Hops { get; }
}
