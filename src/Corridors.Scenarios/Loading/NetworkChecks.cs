using Corridors.Core.Model;
using Corridors.Core.Routing.Topology;

namespace Corridors.Scenarios.Loading;

/// <summary>
/// Checks of the network as a whole, beyond single elements: a flow whose destination no chain of
/// links reaches is an error, and so is a flow with no route over links open at the start (changing
/// mode or gauge only where the node allows it: the router's own reachability,
/// <see cref="CorridorGraph.Reaches"/>) — <c>run</c> could not start it, so <c>validate</c> must not
/// pass it. A node nothing uses and a commodity no flow carries are warnings. (Unused sources are
/// warned about while binding.)
/// </summary>
internal static class NetworkChecks
{
    /// <summary>
    /// Reports the network's problems for <paramref name="model"/>, only when no error was found
    /// before: after a broken link or a dangling id they would repeat it in other words.
    /// </summary>
    public static void Report(ScenarioModel model, LoadContext context)
    {
        if (context.Bag.HasErrors)
        {
            return;
        }

        var nodes = new Dictionary<string, NodeSpec>(StringComparer.Ordinal);
        foreach (var node in model.Nodes)
        {
            nodes.TryAdd(node.Id, node);
        }

        var outgoing = model.Links.ToLookup(l => l.From, StringComparer.Ordinal);
        var network = CorridorGraph.Build(model);
        foreach (var flow in model.Flows)
        {
            if (context.SitesOf("flow", flow.Id) is not { } sites || sites.HasFailed("Origin") || sites.HasFailed("Destination")
                || !nodes.ContainsKey(flow.Origin) || !nodes.ContainsKey(flow.Destination) || flow.Origin == flow.Destination)
            {
                continue;
            }

            if (!Reaches(flow.Origin, flow.Destination, outgoing))
            {
                context.Bag.Error(sites.Whole.Position,
                    $"{sites.Whole.Path} goes from '{flow.Origin}' to '{flow.Destination}', which no chain of links connects; expected places joined by links");
            }
            else if (!network.Reaches(flow.Origin, flow.Destination))
            {
                context.Bag.Error(sites.Whole.Position,
                    $"{sites.Whole.Path} has no open route from '{flow.Origin}' to '{flow.Destination}' (links closed at the start, or a change of mode or gauge where the node does not allow it); expected a route its shipments can take");
            }
        }

        WarnUnused(model, context);
    }

    // Breadth-first over nodes: is there any chain of links at all, open or not, whatever the modes?
    private static bool Reaches(string origin, string destination, ILookup<string, LinkSpec> outgoing)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { origin };
        var queue = new Queue<string>([origin]);
        while (queue.TryDequeue(out var at))
        {
            if (at == destination)
            {
                return true;
            }

            foreach (var link in outgoing[at].Where(l => seen.Add(l.To)))
            {
                queue.Enqueue(link.To);
            }
        }

        return false;
    }

    private static void WarnUnused(ScenarioModel model, LoadContext context)
    {
        var used = model.Links.SelectMany(l => new[] { l.From, l.To })
            .Concat(model.Flows.SelectMany(f => new[] { f.Origin, f.Destination }))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var node in model.Nodes.Where(n => !used.Contains(n.Id)))
        {
            if (context.SitesOf("node", node.Id) is { } sites)
            {
                context.Bag.Warning(sites.Whole.Position, $"{sites.Whole.Path} is used by no link and no flow; expected it to be connected, or removed");
            }
        }

        var carried = model.Flows.Select(f => f.Commodity).ToHashSet(StringComparer.Ordinal);
        foreach (var commodity in model.Commodities.Where(c => !carried.Contains(c.Id)))
        {
            if (context.SitesOf("commodity", commodity.Id) is { } sites)
            {
                context.Bag.Warning(sites.Whole.Position, $"{sites.Whole.Path} is carried by no flow; expected a flow of it, or remove it");
            }
        }
    }
}
