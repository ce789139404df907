using Corridors.Core.Model;

namespace Corridors.Core.World.Choice;

/// <summary>
/// Names routes for reports by their key nodes: the ports, hubs, border crossings and trade centers they
/// pass between origin and destination ("via aktau > alat"; "direct" when none). Routes of a corridor
/// with the same key nodes share a name and are reported together.
/// </summary>
internal static class RouteNaming
{
    /// <summary>Returns the names of each corridor in first-seen order, and for each route the index of its name.</summary>
    public static (string[][] Names, int[] NameOf) Name(CompiledScenario scenario)
    {
        var model = scenario.Model;
        var names = scenario.FlowKeys.Select(_ => new List<string>()).ToArray();
        var nameOf = new int[scenario.Routes.Length];
        for (var r = 0; r < scenario.Routes.Length; r++)
        {
            var route = scenario.Routes[r];
            var list = names[scenario.FlowKeyOfFlow[route.Flow]];
            var name = Of(model, route.Nodes);
            var index = list.IndexOf(name);
            if (index < 0)
            {
                index = list.Count;
                list.Add(name);
            }

            nameOf[r] = index;
        }

        return ([.. names.Select(l => l.ToArray())], nameOf);
    }

    /// <summary>Gets the name of the route through <paramref name="nodes"/> (indices into the model's nodes).</summary>
    public static string Of(ScenarioModel model, IReadOnlyList<int> nodes)
    {
        var key = nodes.Skip(1).Take(nodes.Count - 2).Select(n => model.Nodes[n])
            .Where(n => n.Kind is NodeKind.Port or NodeKind.Hub or NodeKind.BorderCrossing or NodeKind.BorderTradeCenter)
            .Select(n => n.Id).ToList();
        return key.Count == 0 ? "direct" : "via " + string.Join(" > ", key);
    }
}
