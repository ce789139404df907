using Corridors.Core.Model;
using Corridors.Core.Routing;

namespace Corridors.Core.Tests.Support;

/// <summary>
/// Prices and enumerates routes straight from the model, written apart from the router (no expanded
/// network, no engine): the measures of a route are summed leg by leg and stop by stop from the specs,
/// and every loopless legal route is listed by depth-first search.
/// </summary>
internal static class RouteOracle
{
    public static (double Hours, double Usd, double Co2Kg, double Km) Measure(ScenarioModel model, IReadOnlyList<int> nodes, IReadOnlyList<int> links, CargoProfile cargo)
    {
        double hours = 0, usd = 0, co2 = 0, km = 0;
        for (int hop = 0; hop < nodes.Count; hop++)
        {
            var node = model.Nodes[nodes[hop]];
            var inbound = hop > 0 ? model.Links[links[hop - 1]] : null;
            var outbound = hop < links.Count ? model.Links[links[hop]] : null;
            hours += StageHours(node, inbound, outbound, cargo);
            if (inbound is not null && outbound is not null && inbound.Mode != outbound.Mode)
            {
                usd += node.TransshipmentUsdPerTonne;
            }

            if (outbound is not null)
            {
                double teu = 1 / cargo.TonnesPerTeu;
                var c = outbound.Cost;
                hours += outbound.MeanTravelHours + WaitHours(outbound, cargo);
                usd += c.UsdPerTonne + (c.UsdPerTonneKm * outbound.DistanceKm) + (teu * (c.UsdPerTeu + (c.UsdPerTeuKm * outbound.DistanceKm)));
                co2 += outbound.Co2KgPerTonneKm * outbound.DistanceKm;
                km += outbound.DistanceKm;
            }
        }

        return (hours, usd, co2, km);
    }

    /// <summary>Every route from <paramref name="origin"/> to <paramref name="destination"/> over open links that visits each node once and may continue at every node.</summary>
    public static List<(int[] Nodes, int[] Links)> AllLooplessRoutes(ScenarioModel model, int origin, int destination)
    {
        var index = model.Nodes.Select((n, i) => (n.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var found = new List<(int[], int[])>();
        var nodes = new List<int> { origin };
        var links = new List<int>();
        void Extend(int at)
        {
            if (at == destination)
            {
                found.Add(([.. nodes], [.. links]));
                return;
            }

            for (int l = 0; l < model.Links.Count; l++)
            {
                var link = model.Links[l];
                int next = index[link.To];
                bool continues = links.Count == 0 || StagePlanner.CanContinue(model.Nodes[at], model.Links[links[^1]], link);
                if (link.Open && index[link.From] == at && !nodes.Contains(next) && continues)
                {
                    nodes.Add(next);
                    links.Add(l);
                    Extend(next);
                    nodes.RemoveAt(nodes.Count - 1);
                    links.RemoveAt(links.Count - 1);
                }
            }
        }

        Extend(origin);
        return found;
    }

    private static double StageHours(NodeSpec node, LinkSpec? inbound, LinkSpec? outbound, CargoProfile cargo)
    {
        var stages = StagePlanner.For(node, inbound, outbound);
        double t = cargo.ShipmentTonnes;
        double hours = 0;
        foreach (var stage in Enum.GetValues<Stages>().Where(s => s != Stages.None && stages.HasFlag(s)))
        {
            hours += (stage, node) switch
            {
                (Stages.Consolidation, BorderTradeCenterSpec b) => Batch(b.Consolidation!.TargetTonnes, b.Consolidation.MaxHoldHours, cargo),
                (Stages.Handling, PortSpec p) => p.Berths.TimeHours?.Mean ?? (t / p.Berths.TonnesPerHour!.Value),
                (Stages.Handling, HubSpec h) => h.Handling.TimeHours!.Mean,
                (Stages.Clearance, BorderCrossingSpec c) => c.Clearance.TryGetValue((inbound ?? outbound)!.Mode, out var lanes) ? lanes.TimeHours!.Mean : 0,
                (Stages.Clearance, BorderTradeCenterSpec b) => b.Customs.TimeHours!.Mean,
                (Stages.GaugeChange, BorderCrossingSpec c) => c.GaugeChange!.TimeHours!.Mean,
                (Stages.Dwell, BorderTradeCenterSpec b) => b.DwellHours!.Mean,
                (Stages.Dwell, EconomicZoneSpec z) => z.ProcessingDwellHours!.Mean,
                _ => throw new InvalidOperationException($"stage {stage} at a {node.Kind}"),
            };
        }

        return hours;
    }

    private static double WaitHours(LinkSpec link, CargoProfile cargo) => link.Carrier?.Departure switch
    {
        TimetableDeparture t => t.HeadwayHours / 2,
        WhenFullDeparture w => Batch(link.Carrier.Capacity * (link.Carrier.CapacityUnit == CargoUnit.Teu ? cargo.TonnesPerTeu : 1), w.MaxWaitHours, cargo),
        _ => 0,
    };

    // Half of min(longest wait, time for the cargo's own rate to bring the tonnes still missing); 0 when both are infinite.
    private static double Batch(double batchTonnes, double maxWaitHours, CargoProfile cargo)
    {
        double missing = batchTonnes - cargo.ShipmentTonnes;
        if (missing <= 0)
        {
            return 0;
        }

        double fill = cargo.TonnesPerHour > 0 ? missing / cargo.TonnesPerHour : double.PositiveInfinity;
        double wait = Math.Min(maxWaitHours, fill);
        return double.IsInfinity(wait) ? 0 : wait / 2;
    }
}
