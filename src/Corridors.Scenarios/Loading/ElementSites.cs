namespace Corridors.Scenarios.Loading;

/// <summary>
/// The file positions behind one model element, keyed by model field path (<c>Berths.Servers</c>), so a
/// <see cref="Core.Model.Checking.ModelProblem"/> can be reported where the user wrote the value. Also
/// remembers fields the loader already reported, so the checker does not repeat them.
/// </summary>
internal sealed class ElementSites(Site whole)
{
    private readonly Dictionary<string, Site> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Value, Site Site)>> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ReferenceKind> _references = new(StringComparer.Ordinal);
    private readonly HashSet<string> _failed = new(StringComparer.Ordinal);

    /// <summary>Gets the element's id key, for problems with the element as a whole.</summary>
    public Site Whole { get; } = whole;

    /// <summary>Records where <paramref name="field"/> was written.</summary>
    public void Field(string field, Site site) => _fields[field] = site;

    /// <summary>Records the items of a list field, each with the id it names.</summary>
    public void Items(string field, IEnumerable<(string Value, Site Site)> items) => _items[field] = [.. items];

    /// <summary>Marks <paramref name="field"/> as naming ids of <paramref name="kind"/>.</summary>
    public void Reference(string field, ReferenceKind kind) => _references[field] = kind;

    /// <summary>Marks <paramref name="field"/> as already reported (its model value is a stand-in); "" marks the whole element.</summary>
    public void Fail(string field) => _failed.Add(field);

    /// <summary>Gets whether a problem with <paramref name="field"/> would repeat one already reported.</summary>
    public bool HasFailed(string field) =>
        _failed.Contains("") || _failed.Any(f => f == field || field.StartsWith(f + ".", StringComparison.Ordinal) || f.StartsWith(field + ".", StringComparison.Ordinal));

    /// <summary>Gets the id kind <paramref name="field"/> refers to, if it is a reference.</summary>
    public ReferenceKind? ReferenceOf(string field) => _references.TryGetValue(field, out var kind) ? kind : null;

    /// <summary>
    /// Finds where to report a problem with <paramref name="field"/>: the list item the message names,
    /// the field itself, its nearest recorded parent field, or the whole element.
    /// </summary>
    public Site Locate(string field, string message, out bool exact)
    {
        exact = false;
        if (_items.TryGetValue(field, out var items) && items.FirstOrDefault(i => message.Contains($"'{i.Value}'", StringComparison.Ordinal)) is { Site: { } item })
        {
            exact = true;
            return item;
        }

        for (var f = field; f.Length > 0; f = f.Contains('.', StringComparison.Ordinal) ? f[..f.LastIndexOf('.')] : "")
        {
            if (_fields.TryGetValue(f, out var site))
            {
                exact = f == field;
                return site;
            }
        }

        return Whole;
    }

    /// <summary>Returns a copy for the reverse direction of a two-way link: From and To swap places.</summary>
    public ElementSites Reversed()
    {
        var copy = new ElementSites(Whole);
        foreach (var (field, site) in _fields)
        {
            copy._fields[field switch { "From" => "To", "To" => "From", _ => field }] = site;
        }

        foreach (var (field, kind) in _references)
        {
            copy._references[field] = kind;
        }

        foreach (var field in _failed)
        {
            copy._failed.Add(field switch { "From" => "To", "To" => "From", _ => field });
        }

        return copy;
    }
}
