using Corridors.Core.Model;
using Corridors.Core.Routing;

namespace Corridors.Core.World;

/// <summary>A route prepared for simulation: the stages at each node and the route's tariff and emissions per tonne.</summary>
/// <param name="Route">The route.</param>
/// <param name="Flow">Index of the flow that uses it.</param>
/// <param name="StagesAtHop">Stages at each node of the route (same length as its nodes).</param>
/// <param name="UsdPerTonne">Link tariffs plus transshipment charges per tonne.</param>
/// <param name="Co2KgPerTonne">Emissions per tonne over all links.</param>
/// <param name="Km">Length in km.</param>
internal sealed record CompiledRoute(Route Route, int Flow, Stages[] StagesAtHop, double UsdPerTonne, double Co2KgPerTonne, double Km)
{
    /// <summary>Gets the route's node indices as an array (the hot path avoids interface calls).</summary>
    public int[] Nodes { get; } = [.. Route.Nodes];

    /// <summary>Gets the route's link indices as an array.</summary>
    public int[] Links { get; } = [.. Route.Links];
}
