using Corridors.Core.Model;
using Corridors.Core.Model.Checking;
using Corridors.Core.Routing.Network;
using Corridors.Graphs.Flows;

namespace Corridors.Core.Routing;

/// <summary>
/// Routes and corridor capacities of one scenario: the k best routes between two nodes by a preset,
/// the maximum annual throughput between two node sets with the capacities that bind it, and the
/// cheapest assignment of an annual demand. Builds the expanded network once; each query prices it
/// for the cargo asked about. Problems with the query throw <see cref="RouteQueryException"/>s whose
/// messages are written for the user. Not thread-safe (it keeps search workspaces): give each thread a <see cref="Fork"/>.
/// </summary>
public sealed class CorridorRouter
{
    private readonly MultimodalNetwork _network;
    private readonly RouteSearch _search;
    private PricedNetwork? _lastPriced;

    /// <summary>Builds the router for <paramref name="model"/>.</summary>
    /// <exception cref="InvalidModelException">The model has problems.</exception>
    public CorridorRouter(ScenarioModel model)
        : this(Checked(model))
    {
    }

    private CorridorRouter(MultimodalNetwork network)
    {
        _network = network;
        _search = new RouteSearch(network);
    }

    /// <summary>Gets the scenario.</summary>
    public ScenarioModel Model => _network.Model;

    /// <summary>
    /// Gets a router over the same network (shared, read-only) with search workspaces and priced networks of its
    /// own, for another thread: it answers every query exactly as this one does.
    /// </summary>
    public CorridorRouter Fork() => new(_network);

    /// <summary>Gets up to <paramref name="k"/> cheapest routes from <paramref name="from"/> to <paramref name="to"/>, cheapest first.</summary>
    /// <param name="from">Origin node id.</param>
    /// <param name="to">Destination node id.</param>
    /// <param name="k">Number of routes wanted (≥ 1); fewer come back when fewer exist.</param>
    /// <param name="preset">What to minimise.</param>
    /// <param name="cargo">What is routed; null = <see cref="CargoFor"/>(from, to).</param>
    /// <exception cref="UnknownNodeException">A node id is not in the scenario.</exception>
    /// <exception cref="NoPathException">No open route joins them.</exception>
    /// <exception cref="RouteQueryException">The two ids are the same node.</exception>
    public IReadOnlyList<RouteReport> Routes(string from, string to, int k, RoutePreset preset = RoutePreset.Scenario, CargoProfile? cargo = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        int origin = NodeOf(from);
        int destination = NodeOf(to);
        if (origin == destination)
        {
            throw new RouteQueryException($"'{from}' is both the start and the end; a route needs two different nodes");
        }

        cargo ??= CargoFor([from], [to]);
        var reports = Cheapest(origin, destination, k, RoutePresets.Weights(preset, Model.Routing.Weights, cargo.ValueUsdPerTonne), cargo);
        return reports.Count > 0 ? reports : throw new NoPathException([from], [to]);
    }

    /// <summary>
    /// Gets the routes shipments of <paramref name="flow"/> choose among: the scenario's K cheapest by its
    /// own weights, for the flow's cargo; empty when there is none. These are what the routes command shows
    /// for the flow's end points when no preset is given.
    /// </summary>
    public IReadOnlyList<RouteReport> RoutesFor(FlowSpec flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var cargo = CargoProfile.ForFlow(Model, flow);
        return Cheapest(NodeOf(flow.Origin), NodeOf(flow.Destination), Model.Routing.K, Model.Routing.Weights, cargo);
    }

    /// <summary>Gets the maximum annual throughput in t/yr from the nodes <paramref name="from"/> to the nodes <paramref name="to"/> and a minimum cut.</summary>
    /// <param name="from">Ids of the nodes goods may leave from (at least one).</param>
    /// <param name="to">Ids of the nodes goods may go to (at least one, none of them in <paramref name="from"/>).</param>
    /// <param name="cargo">Converts TEU capacities to tonnes; null = <see cref="CargoFor"/>(from, to).</param>
    /// <exception cref="UnknownNodeException">A node id is not in the scenario.</exception>
    /// <exception cref="NoPathException">No open route joins the sets.</exception>
    /// <exception cref="UnboundedCapacityException">A route states no capacity anywhere.</exception>
    /// <exception cref="RouteQueryException">A set is empty or the sets overlap.</exception>
    public CapacityReport Capacity(IReadOnlyList<string> from, IReadOnlyList<string> to, CargoProfile? cargo = null)
    {
        var flows = FlowNetwork(from, to, cargo);
        var unbounded = flows.FindNodePath(e => flows.Capacities[e] == double.PositiveInfinity);
        if (unbounded is not null)
        {
            throw new UnboundedCapacityException([.. unbounded.Select(v => Model.Nodes[v].Id)]);
        }

        var result = new MaxFlowSolver(flows.Graph).Compute(flows.Capacities, [flows.Source], [flows.Sink]);
        var links = new SortedDictionary<int, double>();
        var nodes = new SortedDictionary<int, double>();
        foreach (int e in result.CutEdges)
        {
            var (table, key) = flows.EdgeLink[e] >= 0 ? (links, flows.EdgeLink[e]) : (nodes, flows.EdgeNode[e]);
            table[key] = table.GetValueOrDefault(key) + flows.Capacities[e];
        }

        IEnumerable<CapacityLimit> cut = [
            .. links.Select(p => new CapacityLimit(CapacityLimitKind.Link, Model.Links[p.Key].Id, p.Value)),
            .. nodes.Select(p => new CapacityLimit(CapacityLimitKind.Node, Model.Nodes[p.Key].Id, p.Value)),
        ];
        return new CapacityReport(from, to, result.Value, [.. cut]);
    }

    /// <summary>
    /// Gets the cheapest assignment of <paramref name="tonnesPerYear"/> from <paramref name="from"/> to
    /// <paramref name="to"/> within the capacities, by <paramref name="preset"/>; what does not fit is unmet.
    /// </summary>
    /// <param name="from">Ids of the nodes goods may leave from.</param>
    /// <param name="to">Ids of the nodes goods may go to.</param>
    /// <param name="tonnesPerYear">The demand, t/yr (finite, ≥ 0).</param>
    /// <param name="preset">What a tonne on each edge costs.</param>
    /// <param name="cargo">What is carried; null = <see cref="CargoFor"/>(from, to).</param>
    /// <exception cref="RouteQueryException">As for <see cref="Capacity"/>, except that unbounded capacity is fine here.</exception>
    public AssignmentReport Assign(
        IReadOnlyList<string> from, IReadOnlyList<string> to, double tonnesPerYear, RoutePreset preset = RoutePreset.Scenario, CargoProfile? cargo = null)
    {
        if (!(tonnesPerYear >= 0 && double.IsFinite(tonnesPerYear)))
        {
            throw new ArgumentOutOfRangeException(nameof(tonnesPerYear), tonnesPerYear, "The demand must be finite and ≥ 0 t/yr.");
        }

        cargo ??= CargoFor(from, to);
        var flows = FlowNetwork(from, to, cargo);
        var weights = EdgeMeasures.Compute(_network, cargo).Weights(RoutePresets.Weights(preset, Model.Routing.Weights, cargo.ValueUsdPerTonne));
        var result = new MinCostFlowSolver(flows.Graph).Compute(flows.Capacities, flows.Costs(weights), flows.Source, flows.Sink, tonnesPerYear);
        var links = Enumerable.Range(0, flows.Graph.EdgeCount)
            .Where(e => flows.EdgeLink[e] >= 0 && result.EdgeFlows[e] > 0)
            .OrderBy(e => flows.EdgeLink[e])
            .Select(e => new LinkFlow(Model.Links[flows.EdgeLink[e]].Id, result.EdgeFlows[e]));
        return new AssignmentReport(from, to, tonnesPerYear, result.Delivered, result.Cost, [.. links]);
    }

    /// <summary>
    /// Gets the cargo a query between these nodes is priced for: the first flow of the scenario (in model
    /// order) from one of <paramref name="from"/> to one of <paramref name="to"/>, else the scenario's
    /// reference cargo (<see cref="CargoProfile.Reference"/>).
    /// </summary>
    public CargoProfile CargoFor(IReadOnlyList<string> from, IReadOnlyList<string> to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var flow = Model.Flows.FirstOrDefault(f => from.Contains(f.Origin) && to.Contains(f.Destination));
        return flow is null ? CargoProfile.Reference(Model) : CargoProfile.ForFlow(Model, flow);
    }

    private List<RouteReport> Cheapest(int origin, int destination, int k, CostWeights costWeights, CargoProfile cargo)
    {
        // Many flows share a cargo profile (it is a record: equal values, equal prices), so the edges are
        // priced once per run of equal profiles, not once per flow: pricing is linear in the network.
        var priced = _lastPriced is { } last && last.Cargo == cargo && last.CostWeights == costWeights
            ? last
            : _lastPriced = PricedNetwork.Create(_network, cargo, costWeights);
        var (measures, weights) = (priced.Measures, priced.Weights);
        var paths = _search.Cheapest(origin, destination, k, weights, priced.CostPerKm);
        return [.. paths.Select((p, i) => RouteReportBuilder.Build(_network, p, i + 1, measures, weights, cargo))];
    }

    private CapacityNetwork FlowNetwork(IReadOnlyList<string> from, IReadOnlyList<string> to, CargoProfile? cargo)
    {
        var sources = NodesOf(from, "start");
        var sinks = NodesOf(to, "end");
        var both = sources.Intersect(sinks).ToList();
        if (both.Count > 0)
        {
            throw new RouteQueryException($"'{Model.Nodes[both[0]].Id}' is both a start and an end; the two node sets must not overlap");
        }

        cargo ??= CargoFor(from, to);
        var flows = CapacityNetwork.Build(_network, cargo.TonnesPerTeu, sources, sinks);
        return flows.FindNodePath(_ => true) is null ? throw new NoPathException(from, to) : flows;
    }

    private List<int> NodesOf(IReadOnlyList<string> ids, string role)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Count == 0 ? throw new RouteQueryException($"no {role} node given; name at least one node id") : [.. ids.Select(NodeOf)];
    }

    private int NodeOf(string id) => _network.NodeOf(id);

    private static MultimodalNetwork Checked(ScenarioModel model)
    {
        ModelChecker.ThrowIfInvalid(model);
        return MultimodalNetwork.Build(model);
    }
}
