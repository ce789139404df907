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
}
