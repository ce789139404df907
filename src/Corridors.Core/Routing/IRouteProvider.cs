using Corridors.Core.Model;

namespace Corridors.Core.Routing;

/// <summary>
/// Gives each demand flow the routes its shipments take. The simulation asks once per flow, before
/// the first replication, so simulated shipments follow the routes the <c>routes</c> command shows.
/// </summary>
public interface IRouteProvider
{
    /// <summary>Returns the route options of <paramref name="flow"/> (shares sum to 1), or an empty list when no route exists.</summary>
    IReadOnlyList<RouteOption> RoutesFor(FlowSpec flow);

    /// <summary>
    /// Returns every candidate route of <paramref name="flow"/> with its static share, including those
    /// the static shares give none (all-or-nothing): what dynamic choice chooses among. By default the
    /// same as <see cref="RoutesFor"/>.
    /// </summary>
    IReadOnlyList<RouteOption> CandidatesFor(FlowSpec flow) => RoutesFor(flow);

    /// <summary>
    /// Returns the options of every flow, in the order of <paramref name="flows"/>: <see cref="CandidatesFor"/> when
    /// <paramref name="candidates"/>, else <see cref="RoutesFor"/>. By default one flow after another; a provider may
    /// spread the flows over cores, giving the same answer. The first flow that fails, in order, throws.
    /// </summary>
    IReadOnlyList<RouteOption>[] ForAll(IReadOnlyList<FlowSpec> flows, bool candidates) =>
        [.. flows.Select(f => candidates ? CandidatesFor(f) : RoutesFor(f))];
}
