using Corridors.Core.Actors;
using Corridors.Core.Actors.Links;
using Corridors.Core.Actors.Nodes;
using Corridors.Core.Results;

namespace Corridors.Core.World;

/// <summary>Reads the actors' statistics at the horizon into plain result records.</summary>
internal static class ResultCollector
{
    private const double HoursPerYear = 8760;

    public static ReplicationResult Collect(ReplicationContext context, int replication)
    {
        var simulation = context.Simulation;
        var now = simulation.Now;
        var measured = now - simulation.WarmupHours;
        var nodes = context.Nodes.Select(n => (NodeActor)simulation.Actors.Get(n.Address)).ToList();
        var links = context.Links.Select(l => (LinkActor)simulation.Actors.Get(l.Address)).ToList();
        var (atNodes, onLinks) = context.Shipments.CountByPlace();
        return new ReplicationResult
        {
            Replication = replication,
            MeasuredHours = measured,
            Messages = simulation.MessagesDelivered,
            Nodes = [.. nodes.Select(n => Node(n, now))],
            Links = [.. links.Select(l => Link(l, now))],
            Flows = [.. context.Scenario.FlowKeys.Select((k, i) => Flow(k, context.Flows[i], measured))],
            RouteChoice = context.Chooser is { } chooser ? RouteChoices(context.Scenario, chooser.Statistics) : null,
            Conservation = new Conservation(
                context.Shipments.Created,
                context.Shipments.Delivered,
                atNodes,
                onLinks,
                nodes.Sum(n => (long)n.ShipmentsPresent),
                links.Sum(l => (long)l.ShipmentsPresent)),
        };
    }

    private static RouteChoiceResult RouteChoices(CompiledScenario scenario, Choice.RouteShareStatistics statistics)
    {
        var names = scenario.Choice!.RouteNames;
        var nodes = scenario.Model.Nodes;
        return new RouteChoiceResult
        {
            Routes = [.. scenario.FlowKeys.SelectMany((k, f) => names[f].Select((name, r) => new RouteCount(k, name, statistics.Created[f][r])))],
            Reroutes = [.. nodes.Select((n, i) => (n, i)).Where(p => p.n.Kind is Model.NodeKind.Port or Model.NodeKind.Hub).Select(p => new NodeReroutes(p.n.Id, statistics.Reroutes[p.i]))],
        };
    }

    private static NodeResult Node(NodeActor actor, double now)
    {
        var s = actor.Statistics;
        var stations = actor.Stations;
        var available = stations.Sum(st => st.Available.Area(now));
        var blocked = s.Blocked.Mean(now);
        return new NodeResult
        {
            Id = actor.Spec.Id,
            Kind = actor.Spec.Kind,
            Arrivals = s.Arrivals,
            Departures = s.Departures,
            TonnesOut = s.TonnesOut,
            MeanPresent = s.Present.Mean(now),
            MeanWaiting = stations.Sum(st => st.WaitingShipments.Mean(now)) + blocked,
            MeanBlocked = blocked,
            MeanInService = stations.Sum(st => st.InService.Mean(now)),
            Utilization = available > 0 ? stations.Sum(st => st.Busy.Area(now)) / available : double.NaN,
            MeanWaitHours = s.Wait.Mean,
            MaxWaitHours = s.Wait.Max,
            MeanSojournHours = s.Sojourn.Mean,
            MeanStationWaitHours = stations.Count > 0 ? stations[0].Wait.Mean : double.NaN,
            MeanStationQueue = stations.Count > 0 ? stations[0].Waiting.Mean(now) : double.NaN,
            HoursClosed = actor.Capacity.Closed.Area(now),
            BlockedShipments = s.BlockedHours.Count,
            BlockedHours = s.BlockedHours.Sum,
        };
    }

    private static LinkResult Link(LinkActor actor, double now)
    {
        var s = actor.Statistics;
        return new LinkResult
        {
            Id = actor.Spec.Id,
            Mode = actor.Spec.Mode,
            Shipments = s.Shipments,
            Departures = s.Departures,
            CancelledDepartures = s.CancelledDepartures,
            MeanLoadFactor = s.LoadFactor.Mean,
            Tonnes = s.Tonnes,
            TonneKm = s.TonneKm,
            MeanWaitHours = s.WaitHours.Mean,
            MeanTravelHours = s.TravelHours.Mean,
            MeanPresent = s.Present.Mean(now),
            MeanWaiting = s.Waiting.Mean(now),
            MeanTravelling = s.Present.Mean(now) - s.Waiting.Mean(now),
            MeanSojournHours = s.SojournHours.Mean,
            HoursClosed = actor.Capacity.Closed.Area(now),
        };
    }

    private static FlowResult Flow(FlowKey key, FlowStatistics s, double measuredHours) => new()
    {
        Key = key,
        Shipments = s.Shipments,
        Tonnes = s.Tonnes,
        Teu = s.Teu,
        TonnesPerYear = s.Tonnes / measuredHours * HoursPerYear,
        TeuPerYear = s.Teu / measuredHours * HoursPerYear,
        TransitMeanHours = s.TransitHours.Mean,
        TransitP50Hours = s.TransitQuantiles.Quantile(0.5),
        TransitP95Hours = s.TransitQuantiles.Quantile(0.95),
        UsdPerTonne = s.Tonnes > 0 ? s.Usd / s.Tonnes : double.NaN,
        Co2KgPerTonne = s.Tonnes > 0 ? s.Co2Kg / s.Tonnes : double.NaN,
    };
}
