using Corridors.Core.Model;
using Corridors.Core.Routing;

namespace Corridors.Core.World;

/// <summary>Prepares one route for simulation: checks it is connected, plans the stages at each node, sums tariffs and emissions.</summary>
internal static class RouteCompiler
{
    public static CompiledRoute Compile(CompiledScenario scenario, Route route, int flowIndex)
    {
        var model = scenario.Model;
        var flow = model.Flows[flowIndex];
        var commodity = scenario.Commodities[flow.Commodity];
        if (route.Nodes.Count != route.Links.Count + 1 || route.Nodes[0] != scenario.NodeIndex[flow.Origin]
            || route.Nodes[^1] != scenario.NodeIndex[flow.Destination])
        {
            throw new ArgumentException($"a route of flow '{flow.Id}' does not run from its origin to its destination");
        }

        var stages = new Stages[route.Nodes.Count];
        double usd = 0, co2 = 0, km = 0;
        for (var hop = 0; hop < route.Nodes.Count; hop++)
        {
            var node = model.Nodes[route.Nodes[hop]];
            var inbound = hop > 0 ? model.Links[route.Links[hop - 1]] : null;
            var outbound = hop < route.Links.Count ? model.Links[route.Links[hop]] : null;
            if (outbound is not null && (outbound.From != node.Id || model.Nodes[route.Nodes[hop + 1]].Id != outbound.To))
            {
                throw new ArgumentException($"a route of flow '{flow.Id}' uses link '{outbound.Id}' from '{node.Id}', which it does not leave");
            }

            stages[hop] = StagePlanner.For(node, inbound, outbound);
            if (inbound is not null && outbound is not null && inbound.Mode != outbound.Mode)
            {
                usd += node.TransshipmentUsdPerTonne;
            }

            if (outbound is not null)
            {
                usd += outbound.Cost.Usd(1, 1 / commodity.TonnesPerTeu, outbound.DistanceKm);
                co2 += outbound.Co2KgPerTonneKm * outbound.DistanceKm;
                km += outbound.DistanceKm;
            }
        }

        return new CompiledRoute(route, flowIndex, stages, usd, co2, km);
    }
}
