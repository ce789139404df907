using Corridors.Core.Routing;
using Corridors.Core.World;
using Corridors.Core.World.Choice;

namespace Corridors.Core.Tests.World.Choice;

/// <summary>The index of which routes visit a node, built in one pass (issue 16): exact contents and order.</summary>
public sealed class RouteFactsVisitsTests
{
    private static CompiledRoute RouteThrough(params int[] nodes) =>
        new(new Route(nodes, [.. Enumerable.Range(0, nodes.Length - 1)]), 0, [], 0, 0, 0);

    [Fact]
    public void VisitsByNode_ListsEveryRouteAndHopAtEachNode_ByRouteThenHop()
    {
        // Route 0: 0 → 2 → 3; route 1: 3 → 2 → 4; node 1 is on no route.
        var visits = RouteFacts.VisitsByNode([RouteThrough(0, 2, 3), RouteThrough(3, 2, 4)], nodeCount: 5);

        Assert.Equal([(0, 0)], visits[0]);
        Assert.Empty(visits[1]);
        Assert.Equal([(0, 1), (1, 1)], visits[2]);
        Assert.Equal([(0, 2), (1, 0)], visits[3]);
        Assert.Equal([(1, 2)], visits[4]);
    }
}
