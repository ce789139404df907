using Corridors.Core.Results;

namespace Corridors.Core.Analysis;

/// <summary>Flattens a replication's results into named figures, always in the same order.</summary>
public static class MetricExtractor
{
    private const double HoursPerYear = 8760;

    /// <summary>Returns every figure of <paramref name="result"/>: corridors, nodes, links, then the system, each in model order.</summary>
    public static IReadOnlyList<MetricValue> Extract(ReplicationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var values = new List<MetricValue>(256);
        var perYear = HoursPerYear / result.MeasuredHours;
        for (var i = 0; i < result.Flows.Count; i++)
        {
            var f = result.Flows[i];
            var id = CorridorId(f.Key);
            double[] v = [f.TonnesPerYear, f.TeuPerYear, f.Shipments, f.TransitMeanHours, f.TransitP50Hours, f.TransitP95Hours, f.UsdPerTonne, f.Co2KgPerTonne,
                BacklogGrowth.UndeliveredTonnes(result, i), BacklogGrowth.UndeliveredShare(result, i)];
            Add(values, "corridor", id, Measures.Corridor, v);
        }

        foreach (var n in result.Nodes)
        {
            double[] v = [n.TonnesOut * perYear, n.Arrivals, n.Utilization, n.MeanWaiting, n.MeanWaitHours, n.MaxWaitHours, n.MeanSojournHours, n.HoursClosed, n.BlockedShipments, n.BlockedHours,
                n.MeanPresent, n.MeanInService, n.MeanBlocked];
            Add(values, "node", n.Id, Measures.Node, v);
        }

        foreach (var l in result.Links)
        {
            double[] v = [l.Tonnes * perYear, l.Departures, l.MeanLoadFactor, l.MeanWaitHours, l.MeanTravelHours, l.TonneKm, l.HoursClosed,
                l.Shipments, l.MeanPresent, l.MeanWaiting, l.MeanTravelling, l.MeanSojournHours];
            Add(values, "link", l.Id, Measures.Link, v);
        }

        if (result.RouteChoice is { } choice)
        {
            RouteChoiceMetrics.Add(values, choice);
        }

        var c = result.Conservation;
        Add(values, "system", "all", Measures.System, [c.Generated, c.Delivered, c.AtNodes + c.OnLinks, result.Messages, result.MeasuredHours,
            BacklogGrowth.SystemUndeliveredTonnes(result), BacklogGrowth.SystemUndeliveredShare(result)]);
        return values;
    }

    /// <summary>Gets the id of a corridor: <c>origin->destination:commodity</c>.</summary>
    public static string CorridorId(World.FlowKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return $"{key.Origin}->{key.Destination}:{key.Commodity}";
    }

    private static void Add(List<MetricValue> values, string scope, string id, IReadOnlyList<string> measures, double[] v)
    {
        for (var i = 0; i < measures.Count; i++)
        {
            values.Add(new MetricValue(new MetricKey(scope, id, measures[i]), v[i]));
        }
    }
}
