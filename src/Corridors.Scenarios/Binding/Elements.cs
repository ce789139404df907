using Corridors.Core.Model;
using Corridors.Scenarios.Loading;
using Corridors.Scenarios.Yaml;

namespace Corridors.Scenarios.Binding;

/// <summary>Walks an id-keyed section (<c>nodes:</c>, <c>links:</c> …) and reads what every element may carry.</summary>
internal static class Elements
{
    /// <summary>One element: its id, a reader of its keys (null when it is not a mapping) and its positions.</summary>
    public readonly record struct Element(string Id, MapReader? Reader, ElementSites Sites);

    /// <summary>Yields the elements of <paramref name="section"/>, registering each under <paramref name="element"/>.</summary>
    public static IEnumerable<Element> Of(MapReader root, string section, string element, bool required)
    {
        if (root.Child(section, null, required) is not { } reader)
        {
            yield break;
        }

        foreach (var entry in reader.Map.Entries)
        {
            var id = entry.Key.Value;
            var path = $"{section}.{id}";
            if (!ValueReader.IsValidId(id))
            {
                root.Context.Bag.Error(entry.Key.Position,
                    $"{path} has an invalid id; expected lowercase letters, digits and single '-' between them, such as 'aktau' or 'olya-2'");
            }

            var sites = root.Context.Register(element, id, new ElementSites(new Site(entry.Key, path)));
            var elementReader = MapReader.Open(entry.Value, path, entry.Key.Position, root.Context, sites);
            if (elementReader is null)
            {
                sites.Fail("");
            }

            yield return new Element(id, elementReader, sites);
        }
    }

    /// <summary>Reads the keys every element may have: <c>note</c> (free text) and <c>source</c> (cited source ids).</summary>
    public static void Common(MapReader reader)
    {
        _ = reader.Text("note");
        if (reader.List("source", single: true) is not { } cited)
        {
            return;
        }

        foreach (var id in cited)
        {
            if (reader.Context.SourceIds.Contains(id.Value))
            {
                reader.Context.CitedSources.Add(id.Value);
            }
            else
            {
                reader.Context.Bag.Error(id.Position,
                    $"{reader.PathOf("source")} names source '{id.Value}', which is not in sources; expected a source id{Suggestions.DidYouMean(id.Value, reader.Context.SourceIds)}");
            }
        }
    }

    /// <summary>Reads a list of words from <paramref name="table"/>, item by item.</summary>
    public static List<T>? Words<T>(MapReader reader, string key, IReadOnlyList<(string Word, T Value)> table, string? field)
        where T : struct
    {
        if (reader.List(key, single: false, field) is not { } items)
        {
            return null;
        }

        var values = new List<T>();
        foreach (var (item, i) in items.Select((s, i) => (s, i)))
        {
            if (ValueReader.Choice<T>(item, $"{reader.PathOf(key)}[{i}]", table, reader.Context.Bag) is { } value)
            {
                values.Add(value);
            }
            else
            {
                reader.Fail(field);
            }
        }

        return values;
    }

    /// <summary>Gets the node of <paramref name="key"/> as a scalar, if it is one.</summary>
    public static YScalar? ScalarOf(MapReader reader, string key) => reader.Map.Find(key)?.Value as YScalar;
}
