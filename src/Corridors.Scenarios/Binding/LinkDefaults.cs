using Corridors.Core.Model;
using Corridors.Scenarios.Loading;
using Corridors.Scenarios.Yaml;

namespace Corridors.Scenarios.Binding;

/// <summary>
/// <c>link_defaults:</c> — per mode, values every link of that mode takes unless it gives its own
/// (speed, tariff, CO2, gauge …), so a figure common to many links is written and cited once.
/// Names of the keys are checked here; their values where a link uses them.
/// </summary>
internal static class LinkDefaults
{
    /// <summary>The link keys a default may give: everything but the link's identity and length.</summary>
    public static readonly IReadOnlyList<string> Keys =
        ["speed", "travel_time", "carrier", "cost", "co2", "capacity", "capacity_teu", "gauge", "open", "two_way", "detour_factor", "source", "note"];

    /// <summary>Reads the defaults of each mode word; reports unknown modes and keys.</summary>
    public static Dictionary<string, YMap> Read(MapReader root)
    {
        var byMode = new Dictionary<string, YMap>(StringComparer.Ordinal);
        if (root.Child("link_defaults") is not { } r)
        {
            return byMode;
        }

        var modes = Vocabulary.Modes.Select(m => m.Word).ToList();
        foreach (var entry in r.Map.Entries)
        {
            var path = r.PathOf(entry.Key.Value);
            if (!modes.Contains(entry.Key.Value))
            {
                r.Context.Bag.Error(entry.Key.Position,
                    $"{path} is not a mode; expected one of {string.Join(", ", modes)}{Suggestions.DidYouMean(entry.Key.Value, modes)}");
            }
            else if (MapReader.Open(entry.Value, path, entry.Key.Position, r.Context) is { } defaults)
            {
                foreach (var key in defaults.Map.Entries.Where(e => !Keys.Contains(e.Key.Value)))
                {
                    r.Context.Bag.Error(key.Key.Position, $"{path} has key '{key.Key.Value}', which a default cannot give; expected one of {string.Join(", ", Keys)}{Suggestions.DidYouMean(key.Key.Value, Keys)}");
                }

                byMode[entry.Key.Value] = new YMap(defaults.Map.Position, defaults.Map.Entries.Where(e => Keys.Contains(e.Key.Value)));
            }

            _ = r.Node(entry.Key.Value);
        }

        return byMode;
    }
}
