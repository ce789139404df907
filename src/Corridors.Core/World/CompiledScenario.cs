using Corridors.Core.Model;
using Corridors.Core.Model.Checking;
using Corridors.Core.Routing;
using Corridors.Core.World.Choice;

namespace Corridors.Core.World;

/// <summary>
/// A checked model with everything a replication needs precomputed once and shared read-only by
/// all replications: indices by id, routes with their stages and costs, and which disruptions hit
/// which facility.
/// </summary>
public sealed class CompiledScenario
{
    private CompiledScenario(ScenarioModel model)
    {
        Model = model;
        Calendar = new ScenarioCalendar(model.Experiment.StartDate);
        NodeIndex = model.Nodes.Select((n, i) => (n.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        LinkIndex = model.Links.Select((l, i) => (l.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        Commodities = model.Commodities.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var keys = new Dictionary<FlowKey, int>();
        FlowKeyOfFlow = [.. model.Flows.Select(f => KeyIndex(keys, new FlowKey(f.Origin, f.Destination, f.Commodity)))];
        FlowKeys = [.. keys.OrderBy(p => p.Value).Select(p => p.Key)];
        LinkHasCarrier = [.. model.Links.Select(l => l.Carrier is not null)];
        NodeDisruptions = Targeting(model, model.Nodes.Select(n => n.Id));
        LinkDisruptions = Targeting(model, model.Links.Select(l => l.Id));
    }

    /// <summary>Gets the model.</summary>
    public ScenarioModel Model { get; }

    /// <summary>Gets the calendar of the run.</summary>
    public ScenarioCalendar Calendar { get; }

    /// <summary>Gets the corridors (origin, destination, commodity) that results are reported by.</summary>
    public IReadOnlyList<FlowKey> FlowKeys { get; }

    internal Dictionary<string, int> NodeIndex { get; }

    internal Dictionary<string, int> LinkIndex { get; }

    internal Dictionary<string, Commodity> Commodities { get; }

    internal int[] FlowKeyOfFlow { get; }

    internal bool[] LinkHasCarrier { get; }

    internal int[][] NodeDisruptions { get; }

    internal int[][] LinkDisruptions { get; }

    internal CompiledRoute[] Routes { get; private set; } = [];

    /// <summary>Gets every route's hops in one flat array (the node actors' hot path).</summary>
    internal RouteHops Hops { get; private set; } = new([]);

    /// <summary>Gets what dynamic route choice needs; null under static choice.</summary>
    internal ChoiceModel? Choice { get; private set; }

    /// <summary>Route indices and cumulative shares of each flow.</summary>
    internal (int[] Routes, double[] CumulativeShares)[] FlowRoutes { get; private set; } = [];

    /// <summary>Checks <paramref name="model"/>, asks <paramref name="routes"/> for every flow's routes and prepares them.</summary>
    /// <exception cref="InvalidModelException">The model has problems.</exception>
    /// <exception cref="NoRouteException">A flow has no route.</exception>
    public static CompiledScenario Compile(ScenarioModel model, IRouteProvider routes)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(routes);
        ModelChecker.ThrowIfInvalid(model);
        var compiled = new CompiledScenario(model);
        var compiledRoutes = new List<CompiledRoute>();
        var dynamic = model.Routing.Choice == RouteChoice.Dynamic;
        var options = routes.ForAll(model.Flows, candidates: dynamic);
        compiled.FlowRoutes = [.. model.Flows.Select((f, i) => compiled.CompileFlow(f, i, options[i], compiledRoutes))];
        compiled.Routes = [.. compiledRoutes];
        compiled.Hops = new RouteHops(compiled.Routes);
        compiled.Choice = dynamic ? new ChoiceModel(compiled) : null;
        return compiled;
    }

    private (int[], double[]) CompileFlow(FlowSpec flow, int flowIndex, IReadOnlyList<RouteOption> options, List<CompiledRoute> routes)
    {
        if (options.Count == 0)
        {
            throw new NoRouteException(flow.Id, flow.Origin, flow.Destination);
        }

        var ids = new int[options.Count];
        var cumulative = new double[options.Count];
        // Under all-or-nothing every share but the cheapest's may be 0; the candidates stay for dynamic choice.
        var total = options.Sum(o => o.Share);
        var running = 0.0;
        for (var i = 0; i < options.Count; i++)
        {
            ids[i] = routes.Count;
            routes.Add(RouteCompiler.Compile(this, options[i].Route, flowIndex));
            running += options[i].Share / total;
            cumulative[i] = running;
        }

        cumulative[^1] = 1;
        return (ids, cumulative);
    }

    private static int KeyIndex(Dictionary<FlowKey, int> keys, FlowKey key)
    {
        if (!keys.TryGetValue(key, out var index))
        {
            index = keys.Count;
            keys.Add(key, index);
        }

        return index;
    }

    private static int[][] Targeting(ScenarioModel model, IEnumerable<string> ids) =>
        [.. ids.Select(id => Enumerable.Range(0, model.Disruptions.Count).Where(d => TargetsOf(model.Disruptions[d]).Contains(id)).ToArray())];

    private static IReadOnlyList<string> TargetsOf(Disruption d) => d switch
    {
        Closure c => c.Targets,
        SeasonalClosure s => s.Targets,
        StormProcess p => p.Targets,
        CapacityChange c => c.Targets,
        _ => [],
    };
}
