namespace Corridors.Scenarios.Loading;

/// <summary>What the section binders share while one merged scenario becomes a model.</summary>
internal sealed class LoadContext(DiagnosticBag bag, IReadOnlyDictionary<string, double> flowScale)
{
    private readonly Dictionary<(string Element, string Id), ElementSites> _sites = [];

    /// <summary>Gets where problems go.</summary>
    public DiagnosticBag Bag { get; } = bag;

    /// <summary>Gets the factor each flow's volume is multiplied by (from <c>scale</c> and <c>scale_all_demand</c>).</summary>
    public IReadOnlyDictionary<string, double> FlowScale { get; } = flowScale;

    /// <summary>Gets or sets the experiment's start date, once read (dates in the file count from it).</summary>
    public DateOnly? StartDate { get; set; }

    /// <summary>Gets the ids of the sources catalogue.</summary>
    public HashSet<string> SourceIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the source ids some element cites.</summary>
    public HashSet<string> CitedSources { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the node ids as written.</summary>
    public HashSet<string> NodeIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the link ids as written (a two-way link's reverse id is not among them).</summary>
    public HashSet<string> LinkIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the ids of two-way links; a target naming one means both directions.</summary>
    public HashSet<string> TwoWayLinks { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the commodity ids.</summary>
    public HashSet<string> CommodityIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the flow ids.</summary>
    public HashSet<string> FlowIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Records the positions of a model element (element names as in <see cref="Core.Model.Checking.ModelProblem.Element"/>).</summary>
    public ElementSites Register(string element, string id, ElementSites sites)
    {
        _sites[(element, id)] = sites;
        return sites;
    }

    /// <summary>Gets the positions of a model element, or null.</summary>
    public ElementSites? SitesOf(string element, string id) => _sites.GetValueOrDefault((element, id));

    /// <summary>Gets the ids a reference of <paramref name="kind"/> may name.</summary>
    public IEnumerable<string> IdsOf(ReferenceKind kind) => kind switch
    {
        ReferenceKind.Node => NodeIds,
        ReferenceKind.Target => NodeIds.Concat(LinkIds),
        ReferenceKind.Commodity => CommodityIds,
        _ => FlowIds,
    };
}
