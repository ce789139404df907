using Corridors.Core.Model;
using Corridors.Core.Routing.Network;
using Corridors.Graphs.Paths;

namespace Corridors.Core.Routing;

/// <summary>Turns paths of the expanded network back into model routes: layer and transfer edges collapse into stops, link edges become legs.</summary>
internal static class RouteReportBuilder
{
    public static RouteReport Build(
        MultimodalNetwork network, GraphPath path, int rank, EdgeMeasures measures, double[] weights, CargoProfile cargo)
    {
        var model = network.Model;
        var edges = path.Edges;
        var stops = new List<RouteStop>(edges.Length / 2 + 1);
        var legs = new List<RouteLeg>(edges.Length / 2);
        var nodes = new List<int> { network.VertexNode[path.Source] };
        var links = new List<int>();
        double hours = 0, usd = 0, co2 = 0, km = 0;
        LinkSpec? previous = null;
        for (int i = 0; i < edges.Length; i++)
        {
            int e = edges[i];
            hours += measures.Hours[e];
            usd += measures.Usd[e];
            co2 += measures.Co2Kg[e];
            km += measures.Km[e];
            int linkIndex = network.EdgeLink[e];
            if (linkIndex >= 0)
            {
                var link = model.Links[linkIndex];
                legs.Add(new RouteLeg(
                    link.Id, link.From, link.To, link.Mode, measures.Hours[e], ExpectedDelays.DepartureWaitHours(link, cargo),
                    measures.Usd[e], measures.Co2Kg[e], measures.Km[e], weights[e]));
                links.Add(linkIndex);
                nodes.Add(network.NodeIndex[link.To]);
                previous = link;
            }
            else
            {
                var node = model.Nodes[network.EdgeNode[e]];
                var next = i + 1 < edges.Length ? model.Links[network.EdgeLink[edges[i + 1]]] : null;
                stops.Add(new RouteStop(node.Id, StagePlanner.For(node, previous, next), measures.Hours[e], measures.Usd[e], weights[e]));
            }
        }

        return new RouteReport
        {
            Rank = rank,
            Route = new Route(nodes, links),
            Nodes = [.. nodes.Select(v => model.Nodes[v].Id)],
            Links = [.. links.Select(l => model.Links[l].Id)],
            Stops = stops,
            Legs = legs,
            Hours = hours,
            Usd = usd,
            Co2Kg = co2,
            Km = km,
            Cost = path.Cost,
        };
    }
}
