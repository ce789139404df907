using Corridors.Core.Model;
using Corridors.Core.Routing.Topology;
using static Corridors.Cli.Output.CliText;

namespace Corridors.Cli.Output.Network;

/// <summary>
/// The figures of a <see cref="NetworkReport"/> per node, link and flow of the scenario, as the GraphML
/// and DOT exports write them: one list of (name, value) attributes per element, in a fixed order.
/// </summary>
internal sealed class NetworkFigures
{
    public NetworkFigures(ScenarioModel model, NetworkReport report)
    {
        Model = model;
        Report = report;
        var atRisk = report.SinglePointsOfFailure.ToDictionary(p => (p.Kind, p.Id));
        var component = report.Overall.Components.SelectMany((c, i) => c.Select(id => (id, i)))
            .GroupBy(p => p.id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(p => p.i), StringComparer.Ordinal);
        var modes = model.Links.Where(l => l.Open)
            .SelectMany(l => new[] { (Node: l.From, l.Mode), (Node: l.To, l.Mode) })
            .ToLookup(p => p.Node, p => p.Mode, StringComparer.Ordinal);
        Nodes = [.. model.Nodes.Select(n => (n.Id, Node(n, atRisk, component, modes[n.Id])))];
        Links = [.. model.Links.Select(l => (l.Id, l.From, l.To, Link(l, atRisk)))];
        Flows = [.. report.Flows.Select(f => ($"flow:{f.Flow}", f.Origin, f.Destination, Flow(f)))];
    }

    public ScenarioModel Model { get; }

    public NetworkReport Report { get; }

    /// <summary>Gets each node's id and attributes.</summary>
    public IReadOnlyList<(string Id, IReadOnlyList<Attribute> Attributes)> Nodes { get; }

    /// <summary>Gets each link's id, ends and attributes.</summary>
    public IReadOnlyList<(string Id, string From, string To, IReadOnlyList<Attribute> Attributes)> Links { get; }

    /// <summary>Gets each flow (as an edge from origin to destination, id <c>flow:ID</c>) and its attributes.</summary>
    public IReadOnlyList<(string Id, string From, string To, IReadOnlyList<Attribute> Attributes)> Flows { get; }

    /// <summary>Every node attribute name with its GraphML type, in the order written.</summary>
    public static readonly (string Name, string Type)[] NodeKeys =
    [
        ("name", "string"), ("kind", "string"), ("latitude", "double"), ("longitude", "double"), ("modes", "string"),
        ("capacityTonnesPerYear", "double"), ("component", "int"), ("reached", "boolean"), ("deadEnd", "boolean"),
        ("tonnesAtRisk", "double"), ("flowsAtRisk", "int"),
    ];

    /// <summary>Every link and flow attribute name with its GraphML type, in the order written.</summary>
    public static readonly (string Name, string Type)[] EdgeKeys =
    [
        ("kind", "string"), ("mode", "string"), ("distanceKm", "double"), ("gaugeMm", "int"), ("capacityTonnesPerYear", "double"),
        ("capacityTeuPerYear", "double"), ("open", "boolean"), ("tonnesAtRisk", "double"), ("flowsAtRisk", "int"),
        ("tonnesPerYear", "double"), ("linkDisjointRoutes", "int"), ("nodeDisjointRoutes", "int"),
    ];

    private IReadOnlyList<Attribute> Node(
        NodeSpec node, Dictionary<(NetworkElementKind, string), SinglePointOfFailure> atRisk, Dictionary<string, int> component, IEnumerable<TransportMode> modes)
    {
        var risk = atRisk.GetValueOrDefault((NetworkElementKind.Node, node.Id));
        return
        [
            new("name", node.Name), new("kind", Kind(node.Kind)),
            new("latitude", Number(node.Location.Latitude, "R")), new("longitude", Number(node.Location.Longitude, "R")),
            new("modes", string.Join(",", modes.Distinct().Order().Select(Mode))),
            .. Optional("capacityTonnesPerYear", node.CapacityTonnesPerYear),
            new("component", component[node.Id].ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("reached", Bool(!Report.Overall.Unreached.Contains(node.Id))), new("deadEnd", Bool(Report.Overall.DeadEnds.Contains(node.Id))),
            new("tonnesAtRisk", Number(risk?.TonnesPerYearAtRisk ?? 0, "R")), new("flowsAtRisk", Count(risk?.Flows.Count ?? 0)),
        ];
    }

    private static IReadOnlyList<Attribute> Link(LinkSpec link, Dictionary<(NetworkElementKind, string), SinglePointOfFailure> atRisk)
    {
        var risk = atRisk.GetValueOrDefault((NetworkElementKind.Link, link.Id));
        return
        [
            new("kind", "link"), new("mode", Mode(link.Mode)), new("distanceKm", Number(link.DistanceKm, "R")),
            .. Optional("gaugeMm", link.GaugeMm), .. Optional("capacityTonnesPerYear", link.CapacityTonnesPerYear),
            .. Optional("capacityTeuPerYear", link.CapacityTeuPerYear), new("open", Bool(link.Open)),
            new("tonnesAtRisk", Number(risk?.TonnesPerYearAtRisk ?? 0, "R")), new("flowsAtRisk", Count(risk?.Flows.Count ?? 0)),
        ];
    }

    private static IReadOnlyList<Attribute> Flow(FlowRedundancy flow) =>
    [
        new("kind", "flow"), new("tonnesPerYear", Number(flow.TonnesPerYear, "R")),
        new("linkDisjointRoutes", Count(flow.LinkDisjointRoutes)), new("nodeDisjointRoutes", Count(flow.NodeDisjointRoutes)),
    ];

    private static IEnumerable<Attribute> Optional(string name, double? value) => value is { } v ? [new(name, Number(v, "R"))] : [];

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Count(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One named value of a node or edge, formatted invariantly.</summary>
    public readonly record struct Attribute(string Name, string Value);
}
