using Corridors.Core.Model;
using Corridors.Kernel.Distributions;
using Corridors.Scenarios.Text;
using Corridors.Scenarios.Yaml;

namespace Corridors.Scenarios.Loading;

/// <summary>
/// Reads the keys of one mapping as typed values. Every key asked for is a known key, so
/// <see cref="Finish"/> can report the rest as unknown with "did you mean". A read given a model
/// <c>field</c> records the value's position in the element's <see cref="ElementSites"/>, and marks the
/// field failed when the value is missing or malformed.
/// </summary>
internal sealed class MapReader(
    YMap map,
    string path,
    SourcePosition anchor,
    LoadContext context,
    ElementSites? sites,
    string fieldPrefix,
    IReadOnlyDictionary<string, string>? inheritedPaths = null)
{
    private readonly List<string> _known = [];

    /// <summary>Gets the mapping.</summary>
    public YMap Map { get; } = map;

    /// <summary>Gets the mapping's key path.</summary>
    public string Path { get; } = path;

    /// <summary>Gets the shared load state.</summary>
    public LoadContext Context { get; } = context;

    /// <summary>Gets the element positions reads are recorded in, if any.</summary>
    public ElementSites? Sites { get; } = sites;

    private DiagnosticBag Bag => Context.Bag;

    /// <summary>Opens <paramref name="node"/> as a mapping, or reports that it is not one.</summary>
    public static MapReader? Open(YNode node, string path, SourcePosition anchor, LoadContext context, ElementSites? sites = null, string fieldPrefix = "")
    {
        if (node is YMap map)
        {
            return new MapReader(map, path, anchor, context, sites, fieldPrefix);
        }

        context.Bag.Error(node.Position, $"{path} is {node.Shape}; expected a mapping of keys");
        return null;
    }

    /// <summary>Gets the key path of <paramref name="key"/> (where it was written, for a key filled in from defaults).</summary>
    public string PathOf(string key) =>
        inheritedPaths?.GetValueOrDefault(key) ?? (Path.Length == 0 ? key : $"{Path}.{key}");

    /// <summary>
    /// Returns a reader of this mapping laid over <paramref name="defaults"/>: keys the mapping lacks
    /// come from the defaults and are reported under <paramref name="defaultsPath"/>, where they were
    /// written (their names were checked there).
    /// </summary>
    public MapReader Over(YMap defaults, string defaultsPath)
    {
        var merged = TreeMerger.Deep(defaults, Map);
        var inherited = merged.Entries.Where(e => defaults.Find(e.Key.Value) == e)
            .ToDictionary(e => e.Key.Value, e => $"{defaultsPath}.{e.Key.Value}", StringComparer.Ordinal);
        return new MapReader(merged, Path, anchor, Context, Sites, fieldPrefix, inherited);
    }

    /// <summary>Gets the value of <paramref name="key"/> (a known key from now on), or null when absent or empty.</summary>
    public YNode? Node(string key)
    {
        _known.Add(key);
        return Map.Find(key)?.Value is { } node && node is not YScalar { IsNull: true } ? node : null;
    }

    /// <summary>Gets whether the value of <paramref name="key"/> was filled in from defaults.</summary>
    public bool IsInherited(string key) => inheritedPaths?.ContainsKey(key) == true;

    /// <summary>Gets whether <paramref name="key"/> has a value.</summary>
    public bool Has(string key) => Node(key) is not null;

    /// <summary>Reads a quantity of <paramref name="dimension"/> in its base unit.</summary>
    public double? Quantity(string key, Dimension dimension, string? field = null, bool required = false) =>
        QuantityOf(key, [dimension], field, required)?.Value;

    /// <summary>Reads a quantity of any of <paramref name="accepted"/>, telling which it was.</summary>
    public Quantity? QuantityOf(string key, IReadOnlyList<Dimension> accepted, string? field = null, bool required = false) =>
        Begin(key, field, required, Units.Describe(accepted)) is { } n ? End(field, ValueReader.Quantity(n, PathOf(key), accepted, Bag)) : null;

    /// <summary>Reads a plain number.</summary>
    public double? Number(string key, string? field = null, bool required = false) => Quantity(key, Dimension.None, field, required);

    /// <summary>Reads distribution text with values of <paramref name="dimension"/>.</summary>
    public Distribution? Distribution(string key, Dimension dimension, string? field = null, bool required = false) =>
        Begin(key, field, required, "a distribution") is { } n ? EndRef(field, ValueReader.Distribution(n, PathOf(key), dimension, Bag)) : null;

    /// <summary>Reads a whole number that fits an int.</summary>
    public int? Int(string key, string? field = null, bool required = false) =>
        Begin(key, field, required, "a whole number") is { } n ? End(field, (int?)ValueReader.Integer(n, PathOf(key), int.MinValue, int.MaxValue, Bag)) : null;

    /// <summary>Reads a whole number ≥ 0 that fits a long.</summary>
    public long? Long(string key, string? field = null, bool required = false) =>
        Begin(key, field, required, "a whole number ≥ 0") is { } n ? End(field, ValueReader.Integer(n, PathOf(key), 0, long.MaxValue, Bag)) : null;

    /// <summary>Reads true or false.</summary>
    public bool? Bool(string key, string? field = null) =>
        Begin(key, field, false, "true or false") is { } n ? End(field, ValueReader.Bool(n, PathOf(key), Bag)) : null;

    /// <summary>Reads text.</summary>
    public string? Text(string key, string? field = null, bool required = false) =>
        Begin(key, field, required, "text") is { } n ? EndRef(field, ValueReader.Text(n, PathOf(key), Bag)) : null;

    /// <summary>Reads a date written year-month-day.</summary>
    public DateOnly? Date(string key, string? field = null, bool required = false) =>
        Begin(key, field, required, "a date such as 2024-01-01") is { } n ? End(field, ValueReader.Date(n, PathOf(key), Bag)) : null;

    /// <summary>Reads a recurring day such as <c>dec 13</c>.</summary>
    public MonthDay? MonthDay(string key, string? field = null, bool required = false) =>
        Begin(key, field, required, "a day such as 'dec 13'") is { } n ? End(field, ValueReader.MonthDay(n, PathOf(key), Bag)) : null;

    /// <summary>Reads one word of <paramref name="table"/>.</summary>
    public T? Choice<T>(string key, IReadOnlyList<(string Word, T Value)> table, string? field = null, bool required = false)
        where T : struct =>
        Begin(key, field, required, $"one of {string.Join(", ", table.Select(t => t.Word))}") is { } n ? End(field, ValueReader.Choice(n, PathOf(key), table, Bag)) : null;

    /// <summary>Reads a list of scalars (one scalar counts as a list of one when <paramref name="single"/>).</summary>
    public IReadOnlyList<YScalar>? List(string key, bool single, string? field = null, bool required = false) =>
        Begin(key, field, required, "a list") is { } n ? EndRef(field, ValueReader.ScalarList(n, PathOf(key), single, Bag)) : null;

    /// <summary>Reads an id that refers to another element; the checker reports it if it dangles.</summary>
    public string? Reference(string key, ReferenceKind kind, string field, bool required = true)
    {
        Sites?.Reference(Field(field), kind);
        var expected = kind switch
        {
            ReferenceKind.Node => "a node id",
            ReferenceKind.Commodity => "a commodity id",
            ReferenceKind.Flow => "a flow id",
            _ => "a node or link id",
        };
        return Begin(key, field, required, expected) is { } n ? EndRef(field, ValueReader.Scalar(n, PathOf(key), expected, Bag)?.Value) : null;
    }

    /// <summary>
    /// Opens the mapping under <paramref name="key"/>; its reads record fields under <paramref name="field"/>,
    /// or in <paramref name="ownSites"/> when the mapping is an element of its own (experiment, routing).
    /// </summary>
    public MapReader? Child(string key, string? field = null, bool required = false, ElementSites? ownSites = null)
    {
        if (Begin(key, field, required, "a mapping of keys") is not { } node)
        {
            return null;
        }

        var prefix = ownSites is not null || field is null ? "" : Field(field);
        var child = Open(node, PathOf(key), Map.Find(key)!.Key.Position, Context, ownSites ?? Sites, prefix);
        return child ?? EndRef<MapReader>(field, null);
    }

    /// <summary>Reports that <paramref name="key"/> is required here.</summary>
    public void Missing(string key, string expected, string? field = null)
    {
        Bag.Error(anchor, $"{Subject} is missing '{key}'; expected {expected}");
        Fail(field);
    }

    /// <summary>Reports a problem with the value of <paramref name="key"/> and marks its field failed.</summary>
    public void Problem(string key, string message, string? field = null)
    {
        var entry = Map.Find(key);
        Bag.Error(entry?.Value.Position ?? anchor, $"{PathOf(key)} {message}");
        Fail(field);
    }

    /// <summary>Marks a field as already reported.</summary>
    public void Fail(string? field)
    {
        if (field is not null)
        {
            Sites?.Fail(Field(field));
        }
    }

    /// <summary>Reports every key that no read asked for.</summary>
    public void Finish()
    {
        foreach (var entry in Map.Entries.Where(e => !_known.Contains(e.Key.Value) && inheritedPaths?.ContainsKey(e.Key.Value) != true))
        {
            var hint = Suggestions.DidYouMean(entry.Key.Value, _known);
            Bag.Error(entry.Key.Position, hint.Length > 0
                ? $"{Subject} has unknown key '{entry.Key.Value}'; expected a known key{hint}"
                : $"{Subject} has unknown key '{entry.Key.Value}'; expected one of {string.Join(", ", _known.Distinct())}");
        }
    }

    private string Subject => Path.Length == 0 ? "the scenario" : Path;

    private string Field(string field) => fieldPrefix.Length == 0 ? field : $"{fieldPrefix}.{field}";

    private YNode? Begin(string key, string? field, bool required, string expected)
    {
        var node = Node(key);
        var entry = Map.Find(key);
        if (node is null)
        {
            if (entry is not null && required)
            {
                Bag.Error(entry.Value.Position, $"{PathOf(key)} is empty; expected {expected}");
                Fail(field);
            }
            else if (required)
            {
                Missing(key, expected, field);
            }

            return null;
        }

        if (field is not null)
        {
            Sites?.Field(Field(field), node is YScalar ? new Site(node, PathOf(key)) : new Site(node, PathOf(key), entry!.Key.Position));
        }

        return node;
    }

    private T? End<T>(string? field, T? value)
        where T : struct
    {
        if (value is null)
        {
            Fail(field);
        }

        return value;
    }

    private T? EndRef<T>(string? field, T? value)
        where T : class
    {
        if (value is null)
        {
            Fail(field);
        }

        return value;
    }
}
