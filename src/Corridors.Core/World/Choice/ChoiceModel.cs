using Corridors.Core.Routing;

namespace Corridors.Core.World.Choice;

/// <summary>
/// What dynamic route choice (ADR 0008) knows before a replication starts, built once per scenario and
/// shared read-only: each route's static hours and cost, the scheduled outages and storm outlook of every
/// facility, the departure interval of every carrier, which candidates a shipment may switch to at each
/// port or hub, and the names of the routes for reports.
/// </summary>
internal sealed class ChoiceModel
{
    private readonly byte[] _monthOfDay;

    public ChoiceModel(CompiledScenario scenario)
    {
        var model = scenario.Model;
        var routing = model.Routing;
        NodeCount = model.Nodes.Count;
        PerHour = routing.Weights.PerHour;
        Theta = routing.LogitScale;
        CongestionWeight = routing.CongestionWeight;
        LookaheadHours = routing.ClosureLookaheadHours;
        Rerouting = routing.Rerouting;
        SwitchMargin = Theta == 0 ? double.PositiveInfinity : 1 / Theta;
        NegligibleExcess = Theta == 0 ? double.PositiveInfinity : 25 / Theta;
        Outages = new KnownOutages(scenario);
        Storms = new StormOutlook(scenario);
        var cargo = model.Flows.Select(f => CargoProfile.ForFlow(model, f)).ToArray();
        Hours = [.. scenario.Routes.Select(r => RouteFacts.HoursOf(model, r, cargo[r.Flow]))];
        DepartureInterval = [.. model.Links.Select(RouteFacts.IntervalOf)];
        Alternatives = [.. scenario.Routes.Select((r, i) => RouteFacts.AlternativesOf(scenario, i))];
        VisitsByNode = RouteFacts.VisitsByNode(scenario.Routes, NodeCount);
        ShipmentTonnes = [.. scenario.Routes.Select(r => cargo[r.Flow].ShipmentTonnes)];
        (RouteNames, RouteNameOf) = RouteNaming.Name(scenario);
        NodeOffsets = [.. Hours.Select(RouteFacts.Offsets)];
        Checkpoints = [.. scenario.Routes.Select((r, i) => CheckpointsOf(r, Hours[i], NodeOffsets[i]))];
        FirstCheckpointAtHop = [.. scenario.Routes.Select((r, i) => FirstAtHop(Checkpoints[i], r.Nodes.Length))];
        var days = (int)Math.Ceiling(model.Experiment.HorizonHours / 24) + 2;
        _monthOfDay = [.. Enumerable.Range(0, days).Select(d => (byte)scenario.Calendar.MonthAt((d * 24) + 12))];
    }

    public int NodeCount { get; }

    /// <summary>Gets, per route, the static hours from its start until it reaches each node.</summary>
    public double[][] NodeOffsets { get; }

    /// <summary>Gets, per route, the facilities whose delay can change, in travel order.</summary>
    public Checkpoint[][] Checkpoints { get; }

    /// <summary>Gets, per route and hop, the index of its first checkpoint at that hop or later (the walk from a hop starts there, not at the route's start).</summary>
    public int[][] FirstCheckpointAtHop { get; }

    public double PerHour { get; }

    public double Theta { get; }

    public double CongestionWeight { get; }

    public double LookaheadHours { get; }

    public bool Rerouting { get; }

    /// <summary>Gets how much cheaper from here an alternative must be for a shipment to switch to it: one logit unit, 1/θ.</summary>
    public double SwitchMargin { get; }

    /// <summary>Gets the cost excess over the best candidate beyond which a candidate's logit weight is negligible (below e^−25; 0 under all-or-nothing).</summary>
    public double NegligibleExcess { get; }

    public KnownOutages Outages { get; }

    public StormOutlook Storms { get; }

    /// <summary>Gets the static hours and cost of each compiled route.</summary>
    public RouteHours[] Hours { get; }

    /// <summary>Gets the time between the departures of each link that a backlog of full loads must wait for (0: leaves when full).</summary>
    public double[] DepartureInterval { get; }

    /// <summary>Gets, per route and hop, the other candidates of its flow that share its path up to that node (only at ports and hubs short of the end).</summary>
    public int[][][] Alternatives { get; }

    /// <summary>Gets every (route, hop) at which each node is visited.</summary>
    public (int Route, int Hop)[][] VisitsByNode { get; }

    /// <summary>Gets the mean shipment tonnes of each route's flow.</summary>
    public double[] ShipmentTonnes { get; }

    /// <summary>Gets the route names of each corridor (flow key), in first-seen order.</summary>
    public string[][] RouteNames { get; }

    /// <summary>Gets the index of each route's name within its corridor's names.</summary>
    public int[] RouteNameOf { get; }

    /// <summary>Gets the calendar month (1–12) at <paramref name="hours"/> (a table lookup; clamped to the run).</summary>
    public int MonthAt(double hours) => _monthOfDay[Math.Clamp((int)(hours / 24), 0, _monthOfDay.Length - 1)];

    private static int[] FirstAtHop(Checkpoint[] checkpoints, int hops)
    {
        var first = new int[hops + 1];
        var c = checkpoints.Length;
        for (var hop = hops; hop >= 0; hop--)
        {
            while (c > 0 && checkpoints[c - 1].Hop >= hop)
            {
                c--;
            }

            first[hop] = c;
        }

        return first;
    }

    private Checkpoint[] CheckpointsOf(CompiledRoute route, RouteHours hours, double[] offsets)
    {
        const Model.Stages stationStages = Model.Stages.Handling | Model.Stages.Clearance | Model.Stages.GaugeChange;
        var queues = CongestionWeight > 0;
        var checkpoints = new List<Checkpoint>();
        for (var h = 0; h < route.Nodes.Length; h++)
        {
            var node = route.Nodes[h];
            if (Outages.Touches(node) || Storms.MeanDuration[node] > 0 || (queues && (route.StagesAtHop[h] & stationStages) != 0))
            {
                checkpoints.Add(new Checkpoint(node, h, false, offsets[h], hours.NodeHours[h], Outages.Touches(node), Storms.MeanDuration[node] > 0));
            }

            if (h < route.Links.Length)
            {
                var link = NodeCount + route.Links[h];
                if (Outages.Touches(link) || Storms.MeanDuration[link] > 0 || (queues && DepartureInterval[route.Links[h]] > 0))
                {
                    checkpoints.Add(new Checkpoint(link, h, true, offsets[h] + hours.NodeHours[h], hours.LinkStretchHours[h], Outages.Touches(link), Storms.MeanDuration[link] > 0));
                }
            }
        }

        return [.. checkpoints];
    }
}
