using System.Runtime.ExceptionServices;
using Corridors.Core.Model;
using Corridors.Graphs.Choice;

namespace Corridors.Core.Routing;

/// <summary>
/// The simulation's route provider: for each flow, the scenario's K cheapest routes by its generalized
/// cost for the flow's cargo (<see cref="CorridorRouter.RoutesFor"/>), and shares by multinomial logit
/// with the scenario's scale θ (θ = +∞: all on the cheapest, exact ties split evenly). Routes a logit
/// gives no share (θ = +∞, or exp underflow) are left out. Deterministic: the same model gives the
/// same routes and shares, in the same order.
/// </summary>
public sealed class LogitRouteProvider : IRouteProvider
{
    // Below this many flows a core of their own is not worth a router of its own (a priced network per core).
    private const int FlowsPerCore = 64;

    private readonly CorridorRouter _router;

    /// <summary>Initializes the provider over <paramref name="model"/>'s network.</summary>
    public LogitRouteProvider(ScenarioModel model)
        : this(new CorridorRouter(model))
    {
    }

    /// <summary>Initializes the provider over an existing router (shares its network).</summary>
    public LogitRouteProvider(CorridorRouter router)
    {
        ArgumentNullException.ThrowIfNull(router);
        _router = router;
    }

    /// <inheritdoc />
    public IReadOnlyList<RouteOption> RoutesFor(FlowSpec flow) => [.. CandidatesFor(flow).Where(o => o.Share > 0)];

    /// <inheritdoc />
    public IReadOnlyList<RouteOption> CandidatesFor(FlowSpec flow)
    {
        var routes = _router.RoutesFor(flow);
        if (routes.Count == 0)
        {
            return [];
        }

        var shares = LogitSplit.Split([.. routes.Select(r => r.Cost)], _router.Model.Routing.LogitScale);
        return [.. routes.Select((r, i) => new RouteOption(r.Route, shares[i]))];
    }

    /// <inheritdoc />
    /// <remarks>
    /// Large networks spread their flows over the cores (issue 16): each core routes one contiguous block of
    /// flows with a fork of the router, so neighbouring flows with one cargo profile still share a pricing, and
    /// every flow's routes depend on the flow alone — the same answer on any number of cores.
    /// </remarks>
    public IReadOnlyList<RouteOption>[] ForAll(IReadOnlyList<FlowSpec> flows, bool candidates)
    {
        ArgumentNullException.ThrowIfNull(flows);
        var options = new IReadOnlyList<RouteOption>[flows.Count];
        var cores = Math.Clamp(flows.Count / FlowsPerCore, 1, Environment.ProcessorCount);
        var providers = Enumerable.Range(0, cores).Select(c => c == 0 ? this : new LogitRouteProvider(_router.Fork())).ToArray();
        var failures = new ExceptionDispatchInfo?[cores];
        Parallel.For(0, cores, c =>
        {
            try
            {
                for (var i = flows.Count * c / cores; i < flows.Count * (c + 1) / cores; i++)
                {
                    options[i] = candidates ? providers[c].CandidatesFor(flows[i]) : providers[c].RoutesFor(flows[i]);
                }
            }
            catch (Exception failure)
            {
                // Blocks are in flow order and each stops at its first failure: the first block that failed holds it.
                failures[c] = ExceptionDispatchInfo.Capture(failure);
            }
        });
        Array.Find(failures, f => f is not null)?.Throw();
        return options;
    }
}
