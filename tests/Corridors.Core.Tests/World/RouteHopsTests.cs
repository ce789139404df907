using Corridors.Core.Model;
using Corridors.Core.Routing;
using Corridors.Core.World;

namespace Corridors.Core.Tests.World;

public sealed class RouteHopsTests
{
    [Fact]
    public void Hops_TwoRoutes_LaidOutRouteAfterRouteWithTheLinkOutOfEachNode()
    {
        var first = new CompiledRoute(new Route([4, 7, 2], [10, 11]), 0, [Stages.Handling, Stages.Clearance, Stages.GaugeChange], 0, 0, 0);
        var second = new CompiledRoute(new Route([3, 5], [20]), 1, [Stages.Handling | Stages.Dwell, Stages.None], 0, 0, 0);

        var hops = new RouteHops([first, second]);

        Assert.Equal([0, 3], hops.First);
        Assert.Equal(
            [
                new RouteHop(Stages.Handling, 10), new RouteHop(Stages.Clearance, 11), new RouteHop(Stages.GaugeChange, -1),
                new RouteHop(Stages.Handling | Stages.Dwell, 20), new RouteHop(Stages.None, -1),
            ],
            hops.Hops);
    }
}
