using Corridors.Core.Shipments;

namespace Corridors.Core.World.Choice;

/// <summary>
/// Dynamic route choice within one replication (ADR 0008): at creation, the logit over each candidate's
/// cost as it stands now; at ports and hubs, a switch to a candidate that shares the path so far when it
/// is cheaper from here by more than the switching margin. Reads the <see cref="NetworkStateBoard"/>;
/// draws nothing itself (the caller passes the flow's one uniform number), so common random numbers hold.
/// </summary>
internal sealed class DynamicChooser(ChoiceModel model, NetworkStateBoard board, RouteShareStatistics statistics)
{
    private double[] _costs = new double[8];

    /// <summary>Gets the statistics the choices are counted in.</summary>
    public RouteShareStatistics Statistics => statistics;

    /// <summary>Returns the index into <paramref name="candidates"/> of the route a shipment leaving at <paramref name="now"/> takes, for the uniform number <paramref name="u"/>.</summary>
    public int Choose(int[] candidates, double[] cumulative, double now, double u)
    {
        if (_costs.Length < candidates.Length)
        {
            _costs = new double[candidates.Length];
        }

        // Candidates come cheapest first; one whose static cost alone exceeds the best so far by the cut-off
        // would get a weight below e^−25 of the best's, so it is not walked at all (weight 0).
        var best = double.PositiveInfinity;
        var cutoff = model.NegligibleExcess;
        for (var i = 0; i < candidates.Length; i++)
        {
            var route = candidates[i];
            _costs[i] = model.Hours[route].Cost - best > cutoff ? double.PositiveInfinity : Cost(route, 0, now);
            best = Math.Min(best, _costs[i]);
        }

        if (double.IsPositiveInfinity(best))
        {
            return StaticPick(cumulative, u);
        }

        var total = 0.0;
        for (var i = 0; i < candidates.Length; i++)
        {
            _costs[i] = Weight(_costs[i] - best);
            total += _costs[i];
        }

        var target = u * total;
        var last = 0;
        for (var i = 0; i < candidates.Length; i++)
        {
            if (_costs[i] > 0)
            {
                last = i;
                target -= _costs[i];
                if (target < 0)
                {
                    return i;
                }
            }
        }

        return last;
    }

    /// <summary>
    /// A shipment just arrived at a node of its route: switches it to another candidate sharing its path so far
    /// when what has happened since makes its route worse by more than the alternative's static advantage plus
    /// the switching margin (its choice at departure, a preference the logit does not see, is respected);
    /// returns whether it switched.
    /// </summary>
    public bool Reroute(ref Shipment s, double now)
    {
        var alternatives = model.Alternatives[s.Route][s.Hop];
        if (alternatives.Length == 0)
        {
            return false;
        }

        var current = model.Hours[s.Route].Cost;
        var currentExtra = model.PerHour * ExtraHours(s.Route, s.Hop, now);
        var bestRoute = -1;
        var bestGain = model.SwitchMargin;
        foreach (var alternative in alternatives)
        {
            var extra = model.PerHour * ExtraHours(alternative, s.Hop, now);
            var gain = double.IsPositiveInfinity(currentExtra)
                ? (double.IsPositiveInfinity(extra) ? 0 : double.MaxValue - model.Hours[alternative].Cost)
                : currentExtra - extra - Math.Max(0, model.Hours[alternative].Cost - current);
            if (gain > bestGain)
            {
                (bestGain, bestRoute) = (gain, alternative);
            }
        }

        if (bestRoute < 0)
        {
            return false;
        }

        s.Route = bestRoute;
        return true;
    }

    /// <summary>Gets the static cost of <paramref name="route"/> plus what its facilities from <paramref name="fromHop"/> on add now.</summary>
    public double Cost(int route, int fromHop, double now)
    {
        var extra = ExtraHours(route, fromHop, now);
        return double.IsPositiveInfinity(extra) ? extra : model.Hours[route].Cost + (model.PerHour * extra);
    }

    // Walks the route in expected time, visiting only the facilities whose delay can change; each adds its known outage, storm and queue.
    private double ExtraHours(int route, int fromHop, double now)
    {
        var checkpoints = model.Checkpoints[route];
        var start = now - model.NodeOffsets[route][fromHop];
        var knownUntil = now + model.LookaheadHours;
        var kappa = model.CongestionWeight;
        var extra = 0.0;
        // Checkpoints are in hop order: those before fromHop add nothing, so the walk starts past them.
        foreach (ref readonly var c in checkpoints.AsSpan(model.FirstCheckpointAtHop[route][fromHop]))
        {
            var at = start + c.OffsetHours + extra;
            var d = c.HasOutages || c.HasStorms ? Facility(c, at, knownUntil) : 0;
            if (kappa > 0)
            {
                var backlog = c.IsLink
                    ? board.FullLoads(c.Facility - model.NodeCount) * model.DepartureInterval[c.Facility - model.NodeCount]
                    : board.QueueHours(route, c.Hop);
                d += kappa * Math.Max(0, backlog - (at - now));
            }

            if (double.IsPositiveInfinity(d))
            {
                return d;
            }

            extra += d;
        }

        return extra;
    }

    private double Facility(in Checkpoint c, double at, double knownUntil)
    {
        var facility = c.Facility;
        var baseHours = c.StretchHours;
        var delay = c.HasOutages ? model.Outages.Delay(facility, at, knownUntil, baseHours) : 0;
        if (c.HasStorms)
        {
            var stormEnd = board.StormEnd(facility);
            delay += stormEnd > at ? stormEnd - at : model.Storms.Delay(facility, model.MonthAt(at), baseHours);
        }

        return delay;
    }

    private double Weight(double excess) =>
        double.IsPositiveInfinity(excess) ? 0
        : double.IsPositiveInfinity(model.Theta) ? (excess == 0 ? 1 : 0)
        : Math.Exp(-model.Theta * excess);

    private static int StaticPick(double[] cumulative, double u)
    {
        var choice = 0;
        while (cumulative[choice] <= u && choice < cumulative.Length - 1)
        {
            choice++;
        }

        return choice;
    }
}
