using Corridors.Core.Model;
using Corridors.Core.Routing;
using Corridors.Core.Routing.Network;

namespace Corridors.Core.World.Choice;

/// <summary>The static facts about compiled routes that dynamic choice builds on: hours per hop, offsets, carriers' departure intervals, switchable alternatives.</summary>
internal static class RouteFacts
{
    public static RouteHours HoursOf(ScenarioModel model, CompiledRoute route, CargoProfile cargo)
    {
        var nodes = route.Nodes;
        var links = route.Links;
        var nodeHours = new double[nodes.Length];
        var travel = new double[links.Length];
        var wait = new double[links.Length];
        var stretch = new double[links.Length];
        for (var h = 0; h < nodes.Length; h++)
        {
            var inbound = h > 0 ? model.Links[links[h - 1]] : null;
            var outbound = h < links.Length ? model.Links[links[h]] : null;
            nodeHours[h] = ExpectedDelays.StageHours(model.Nodes[nodes[h]], inbound, outbound, cargo);
            if (outbound is not null)
            {
                travel[h] = outbound.MeanTravelHours;
                wait[h] = ExpectedDelays.DepartureWaitHours(outbound, cargo);
                stretch[h] = outbound.Carrier is null ? travel[h] : wait[h];
            }
        }

        var w = model.Routing.Weights;
        var hours = nodeHours.Sum() + travel.Sum() + wait.Sum();
        var cost = (w.PerHour * hours) + (w.PerUsd * route.UsdPerTonne) + (w.PerKgCo2 * route.Co2KgPerTonne);
        return new RouteHours(nodeHours, travel, wait, stretch, cost);
    }

    public static double[] Offsets(RouteHours hours)
    {
        var offsets = new double[hours.NodeHours.Length];
        for (var h = 1; h < offsets.Length; h++)
        {
            offsets[h] = offsets[h - 1] + hours.NodeHours[h - 1] + hours.LinkTravelHours[h - 1] + hours.LinkWaitHours[h - 1];
        }

        return offsets;
    }

    public static double IntervalOf(LinkSpec link) => link.Carrier switch
    {
        { Departure: TimetableDeparture t } => t.HeadwayHours,
        { Departure: WhenFullDeparture, Fleet: { } fleet } => 2 * link.MeanTravelHours / fleet,
        _ => 0,
    };

    /// <summary>
    /// Gets every (route, hop) at which each of <paramref name="nodeCount"/> nodes is visited, by route
    /// then hop. One pass over the routes' stops: linear in nodes plus stops, not their product.
    /// </summary>
    public static (int Route, int Hop)[][] VisitsByNode(IReadOnlyList<CompiledRoute> routes, int nodeCount)
    {
        var counts = new int[nodeCount];
        foreach (var route in routes)
        {
            foreach (var node in route.Nodes)
            {
                counts[node]++;
            }
        }

        var visits = new (int Route, int Hop)[nodeCount][];
        for (var n = 0; n < nodeCount; n++)
        {
            visits[n] = counts[n] == 0 ? [] : new (int, int)[counts[n]];
            counts[n] = 0;
        }

        for (var r = 0; r < routes.Count; r++)
        {
            var nodes = routes[r].Nodes;
            for (var hop = 0; hop < nodes.Length; hop++)
            {
                visits[nodes[hop]][counts[nodes[hop]]++] = (r, hop);
            }
        }

        return visits;
    }

    public static int[][] AlternativesOf(CompiledScenario scenario, int index)
    {
        var route = scenario.Routes[index];
        var model = scenario.Model;
        var (candidates, _) = scenario.FlowRoutes[route.Flow];
        var result = new int[route.Nodes.Length][];
        for (var hop = 0; hop < route.Nodes.Length; hop++)
        {
            var kind = model.Nodes[route.Nodes[hop]].Kind;
            var switchable = hop > 0 && hop < route.Links.Length && kind is NodeKind.Port or NodeKind.Hub;
            result[hop] = switchable
                ? [.. candidates.Where(c => c != index && SharesPath(scenario.Routes[c], route, hop))]
                : [];
        }

        return result;
    }

    private static bool SharesPath(CompiledRoute other, CompiledRoute route, int hop) =>
        other.Nodes.Length > hop + 1 && other.Nodes.AsSpan(0, hop + 1).SequenceEqual(route.Nodes.AsSpan(0, hop + 1))
        && other.Links.AsSpan(0, hop).SequenceEqual(route.Links.AsSpan(0, hop));
}
