namespace Corridors.Scenarios.Yaml;

/// <summary>A mapping with unique keys in file order (duplicates are reported and dropped when read).</summary>
internal sealed class YMap : YNode
{
    private readonly Dictionary<string, YEntry> _byKey = new(StringComparer.Ordinal);

    /// <summary>Initializes the mapping; later entries with a key already present are ignored.</summary>
    public YMap(SourcePosition position, IEnumerable<YEntry> entries)
        : base(position)
    {
        var list = new List<YEntry>();
        foreach (var entry in entries)
        {
            if (_byKey.TryAdd(entry.Key.Value, entry))
            {
                list.Add(entry);
            }
        }

        Entries = list;
    }

    /// <summary>Gets the entries in file order.</summary>
    public IReadOnlyList<YEntry> Entries { get; }

    /// <inheritdoc />
    public override string Shape => "a mapping";

    /// <summary>Gets the entry with <paramref name="key"/>, or null.</summary>
    public YEntry? Find(string key) => _byKey.GetValueOrDefault(key);
}
