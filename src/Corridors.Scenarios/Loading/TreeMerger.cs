using Corridors.Core.Model;
using Corridors.Scenarios.Text;
using Corridors.Scenarios.Yaml;

namespace Corridors.Scenarios.Loading;

/// <summary>
/// Lays a file over the scenario it extends. Id-keyed sections merge by id: an entry with
/// <c>remove: true</c> deletes the inherited element, an entry for an inherited id changes the fields it
/// names (mappings merge key by key, other values replace), a new id adds an element. Other mappings
/// (experiment, routing) merge key by key; other values replace. A flow's <c>scale</c> and the file's
/// <c>scale_all_demand</c> multiply volumes as they stand after this file's own changes.
/// </summary>
internal static class TreeMerger
{
    /// <summary>The sections whose entries are elements keyed by id.</summary>
    public static readonly IReadOnlyList<string> IdSections = ["sources", "commodities", "nodes", "links", "demand", "disruptions"];

    /// <summary>Returns <paramref name="child"/> laid over <paramref name="parent"/>.</summary>
    public static ScenarioDocument Merge(ScenarioDocument parent, YMap child, DiagnosticBag bag)
    {
        var scales = new Dictionary<string, double>(parent.FlowScale, StringComparer.Ordinal);
        var entries = new List<YEntry>();
        var keys = parent.Root.Entries.Select(e => e.Key.Value)
            .Concat(child.Entries.Select(e => e.Key.Value).Where(k => k is not ("extends" or "scale_all_demand")))
            .Distinct();
        foreach (var key in keys)
        {
            var p = parent.Root.Find(key);
            var c = child.Find(key);
            entries.Add(c is null ? p!
                : IdSections.Contains(key) ? new YEntry(c.Key, Section(key, p?.Value as YMap, c.Value, scales, bag))
                : p?.Value is YMap pm && c.Value is YMap cm ? new YEntry(c.Key, Deep(pm, cm))
                : c);
        }

        var merged = new YMap(child.Position, entries);
        if (child.Find("scale_all_demand") is { } all && Factor(all.Value, "scale_all_demand", bag) is { } k)
        {
            foreach (var id in (merged.Find("demand")?.Value as YMap)?.Entries.Select(e => e.Key.Value) ?? [])
            {
                scales[id] = scales.GetValueOrDefault(id, 1) * k;
            }
        }

        return new ScenarioDocument(merged, scales);
    }

    private static YNode Section(string section, YMap? parent, YNode child, Dictionary<string, double> scales, DiagnosticBag bag)
    {
        if (child is not YMap items)
        {
            return child;
        }

        var merged = (parent?.Entries ?? []).ToDictionary(e => e.Key.Value, StringComparer.Ordinal);
        var order = (parent?.Entries ?? []).Select(e => e.Key.Value).ToList();
        var inheritedIds = order.ToHashSet(StringComparer.Ordinal);
        foreach (var entry in items.Entries)
        {
            var id = entry.Key.Value;
            var inherited = merged.GetValueOrDefault(id);
            if (inherited is null && MisspeltIds.Report(section, entry, inheritedIds, bag))
            {
                continue;
            }

            if (entry.Value is YMap map && map.Find("remove") is { } remove)
            {
                Remove(section, id, map, remove, inherited, merged, bag);
                scales.Remove(id);
                continue;
            }

            var value = section == "demand" && entry.Value is YMap flow ? Scale(id, flow, inherited, scales, bag) : entry.Value;
            merged[id] = new YEntry(inherited?.Key ?? entry.Key, inherited?.Value is YMap a && value is YMap b ? Deep(Overridden(section, a, b), b) : value);
            if (inherited is null)
            {
                order.Add(id);
            }
        }

        return new YMap(parent?.Position ?? child.Position, order.Where(merged.ContainsKey).Select(id => merged[id]));
    }

    private static void Remove(string section, string id, YMap map, YEntry remove, YEntry? inherited, Dictionary<string, YEntry> merged, DiagnosticBag bag)
    {
        if (remove.Value is not YScalar { Value: "true" })
        {
            bag.Error(remove.Value.Position, $"{section}.{id}.remove is {Show(remove.Value)}; expected true (or leave it out)");
        }
        else if (map.Entries.Count > 1)
        {
            bag.Error(map.Entries.First(e => e.Key.Value != "remove").Key.Position, $"{section}.{id} has other keys beside remove: true; expected remove: true alone");
        }
        else if (inherited is null)
        {
            bag.Error(remove.Key.Position,
                $"{section}.{id} has remove: true, but no scenario this file extends defines it; expected an inherited id{Suggestions.DidYouMean(id, merged.Keys)}");
        }
        else
        {
            merged.Remove(id);
        }
    }

    // A flow's own `scale` multiplies its volume; a new `volume` replaces the scaled one, so the factor restarts.
    private static YMap Scale(string id, YMap flow, YEntry? inherited, Dictionary<string, double> scales, DiagnosticBag bag)
    {
        if (flow.Find("volume") is not null)
        {
            scales.Remove(id);
        }

        if (flow.Find("scale") is not { } scale)
        {
            return flow;
        }

        var rest = new YMap(flow.Position, flow.Entries.Where(e => e.Key.Value != "scale"));
        if (inherited is null && rest.Entries.Count == 0)
        {
            bag.Error(scale.Key.Position, $"demand.{id} has scale but no scenario this file extends defines the flow; expected an inherited flow id");
        }
        else if (Factor(scale.Value, $"demand.{id}.scale", bag) is { } factor)
        {
            scales[id] = scales.GetValueOrDefault(id, 1) * factor;
        }

        return rest;
    }

    private static double? Factor(YNode node, string path, DiagnosticBag bag)
    {
        if (ValueReader.Quantity(node, path, [Dimension.None], bag) is not { } q)
        {
            return null;
        }

        if (q.Value > 0 && double.IsFinite(q.Value))
        {
            return q.Value;
        }

        bag.Error(node.Position, $"{path} is {Show(node)}; expected a factor > 0");
        return null;
    }

    // A link's own distance replaces a derived one, and with it the derivation's detour factor.
    private static YMap Overridden(string section, YMap parent, YMap child) =>
        section == "links" && child.Find("distance") is { Value: not YScalar { Value: "derived" } } && child.Find("detour_factor") is null
            ? new YMap(parent.Position, parent.Entries.Where(e => e.Key.Value != "detour_factor"))
            : parent;

    /// <summary>Returns <paramref name="child"/> laid over <paramref name="parent"/>: mappings merge key by key, other values replace.</summary>
    public static YMap Deep(YMap parent, YMap child)
    {
        var entries = parent.Entries.Select(p => child.Find(p.Key.Value) is { } c
            ? (p.Value is YMap pm && c.Value is YMap cm ? new YEntry(c.Key, Deep(pm, cm)) : c)
            : p).ToList();
        entries.AddRange(child.Entries.Where(c => parent.Find(c.Key.Value) is null));
        return new YMap(parent.Position, entries);
    }

    private static string Show(YNode node) => node is YScalar { IsNull: false } s ? $"'{s.Value}'" : node.Shape;
}
