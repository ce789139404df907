using Corridors.Core.Model;
using Corridors.Scenarios.Loading;
using Corridors.Scenarios.Yaml;

namespace Corridors.Scenarios.Binding;

/// <summary>
/// Turns a merged scenario document into a <see cref="ScenarioModel"/>, section by section, reporting
/// format mistakes (keys, types, units, syntax) as it goes. Values it cannot read are replaced by
/// stand-ins and marked, so the model can still be checked as a whole; ranges and references are left
/// to <see cref="Core.Model.Checking.ModelChecker"/>.
/// </summary>
internal static class ModelBuilder
{
    /// <summary>Builds the model; <paramref name="context"/> then holds the positions of every element.</summary>
    public static ScenarioModel Build(ScenarioDocument document, LoadContext context)
    {
        var root = new MapReader(document.Root, "", document.Root.Position, context, null, "");
        var name = root.Text("name", required: true) ?? "";
        var description = root.Text("description") ?? "";
        _ = root.Node("extends");
        _ = root.Node("scale_all_demand");
        var sources = SettingsBinder.Sources(root);
        var experiment = SettingsBinder.Experiment(root);
        var routing = SettingsBinder.Routing(root);
        var commodities = CommodityBinder.Bind(root);
        var nodes = NodeBinder.Bind(root);
        var links = LinkBinder.Bind(root, FirstById(nodes, n => n.Id));
        var flows = FlowBinder.Bind(root, FirstById(commodities, c => c.Id));
        var disruptions = DisruptionBinder.Bind(root);
        Elements.Common(root); // a scenario-wide note and the sources of its question or scale_all_demand
        root.Finish();
        WarnUnusedSources(root, context);
        return new ScenarioModel
        {
            Name = name,
            Description = description,
            Sources = sources,
            Experiment = experiment,
            Routing = routing,
            Commodities = commodities,
            Nodes = nodes,
            Links = links,
            Flows = flows,
            Disruptions = disruptions,
        };
    }

    private static Dictionary<string, T> FirstById<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            map.TryAdd(id(item), item);
        }

        return map;
    }

    private static void WarnUnusedSources(MapReader root, LoadContext context)
    {
        if (root.Map.Find("sources")?.Value is not YMap sources)
        {
            return;
        }

        foreach (var entry in sources.Entries.Where(e => !context.CitedSources.Contains(e.Key.Value)))
        {
            context.Bag.Warning(entry.Key.Position, $"sources.{entry.Key.Value} is cited by no element; expected a 'source: {entry.Key.Value}' on the figures it supports");
        }
    }
}
