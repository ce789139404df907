using Corridors.Scenarios.Yaml;

namespace Corridors.Scenarios.Loading;

/// <summary>
/// A file that extends another and names a new id close to an inherited one, without the key that
/// starts a new element (a node's kind, a link's from …), almost surely misspelt the inherited id.
/// Reporting that once, where it was written, beats reporting the keys a new element would miss.
/// </summary>
internal static class MisspeltIds
{
    private static readonly Dictionary<string, (string Noun, string Key)> StartingKey = new(StringComparer.Ordinal)
    {
        ["sources"] = ("source", "citation"),
        ["commodities"] = ("commodity", "unit"),
        ["nodes"] = ("node", "kind"),
        ["links"] = ("link", "from"),
        ["demand"] = ("flow", "from"),
        ["disruptions"] = ("disruption", "kind"),
    };

    /// <summary>
    /// Reports <paramref name="entry"/> of <paramref name="section"/> when it looks like a misspelling of
    /// one of <paramref name="inherited"/>; returns whether it did (the entry is then left out). A
    /// <c>remove: true</c> of an unknown id is reported where removals are read.
    /// </summary>
    public static bool Report(string section, YEntry entry, IReadOnlyCollection<string> inherited, DiagnosticBag bag)
    {
        if (inherited.Count == 0 || !StartingKey.TryGetValue(section, out var start)
            || (entry.Value is YMap map && (map.Find(start.Key) is not null || map.Find("remove") is not null))
            || IdHints.Closest(entry.Key.Value, inherited) is not { } meant)
        {
            return false;
        }

        bag.Error(entry.Key.Position,
            $"{section}.{entry.Key.Value} is not in the scenario this file extends — did you mean '{meant}'? expected an inherited id to change, or a new {start.Noun} with its {start.Key}");
        return true;
    }
}
