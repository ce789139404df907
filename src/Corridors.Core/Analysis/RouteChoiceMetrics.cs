using Corridors.Core.Results;

namespace Corridors.Core.Analysis;

/// <summary>
/// The figures of dynamic route choice: per corridor and named route the share of the corridor's shipments
/// that chose it (scope <c>route</c>, id <c>corridor|route</c>), and per port and hub the reroutes (scope <c>reroute</c>).
/// </summary>
public static class RouteChoiceMetrics
{
    /// <summary>The scope of route shares.</summary>
    public const string RouteScope = "route";

    /// <summary>The scope of reroutes per node.</summary>
    public const string RerouteScope = "reroute";

    /// <summary>Gets the id of a named route of a corridor: <c>origin->destination:commodity|via a > b</c>.</summary>
    public static string RouteId(RouteCount route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return MetricExtractor.CorridorId(route.Corridor) + "|" + route.Route;
    }

    /// <summary>Appends the figures of <paramref name="choice"/> to <paramref name="values"/>.</summary>
    public static void Add(List<MetricValue> values, RouteChoiceResult choice)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(choice);
        var totals = choice.Routes.GroupBy(r => r.Corridor).ToDictionary(g => g.Key, g => g.Sum(r => r.Shipments));
        foreach (var route in choice.Routes)
        {
            var total = totals[route.Corridor];
            var id = RouteId(route);
            values.Add(new MetricValue(new MetricKey(RouteScope, id, "share"), total > 0 ? (double)route.Shipments / total : double.NaN));
            values.Add(new MetricValue(new MetricKey(RouteScope, id, "shipments"), route.Shipments));
        }

        foreach (var node in choice.Reroutes)
        {
            values.Add(new MetricValue(new MetricKey(RerouteScope, node.Node, "reroutes"), node.Reroutes));
        }
    }
}
