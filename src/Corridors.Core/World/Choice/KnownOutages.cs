using Corridors.Core.Model;

namespace Corridors.Core.World.Choice;

/// <summary>
/// The scheduled capacity of every facility (scheduled closures and seasonal windows) as a timeline of
/// segments with a factor below 1, for the dynamic choice to look up what a shipment will find when it
/// gets there. Facilities are numbered nodes first, then links. Built once per scenario, read-only.
/// </summary>
internal sealed class KnownOutages
{
    private readonly Segment[][] _segments;
    private readonly double _horizon;

    public KnownOutages(CompiledScenario scenario)
    {
        var model = scenario.Model;
        _horizon = model.Experiment.HorizonHours;
        var targeting = scenario.NodeDisruptions.Concat(scenario.LinkDisruptions).ToArray();
        _segments = [.. targeting.Select(ds => Timeline(ds.SelectMany(d => Windows(model.Disruptions[d], scenario.Calendar)).ToList()))];
    }

    /// <summary>Gets whether any scheduled window touches <paramref name="facility"/>.</summary>
    public bool Touches(int facility) => _segments[facility].Length > 0;

    /// <summary>
    /// Gets the extra hours a shipment reaching <paramref name="facility"/> at <paramref name="arrival"/> loses to
    /// windows known by then (those starting by <paramref name="knownUntil"/>): the wait until it reopens
    /// when closed, else <paramref name="baseHours"/> · (1/f − 1); +∞ when it does not reopen before the horizon.
    /// </summary>
    public double Delay(int facility, double arrival, double knownUntil, double baseHours)
    {
        var segments = _segments[facility];
        var i = 0;
        while (i < segments.Length && segments[i].To <= arrival)
        {
            i++;
        }

        if (i == segments.Length || segments[i].From > arrival || segments[i].KnownFrom > knownUntil)
        {
            return 0;
        }

        if (segments[i].Factor > 0)
        {
            return baseHours * ((1 / segments[i].Factor) - 1);
        }

        // Closed: walk through back-to-back closed segments to the reopening.
        var reopen = segments[i].To;
        while (++i < segments.Length && segments[i].From == reopen && segments[i].Factor == 0 && segments[i].KnownFrom <= knownUntil)
        {
            reopen = segments[i].To;
        }

        return reopen >= _horizon ? double.PositiveInfinity : reopen - arrival;
    }

    private IEnumerable<(double From, double To, double Factor)> Windows(Disruption disruption, ScenarioCalendar calendar) => disruption switch
    {
        Closure c => [(c.FromHours, Math.Min(c.ToHours, _horizon), c.CapacityFactor)],
        SeasonalClosure s => calendar.Windows(s.From, s.To, _horizon).Select(w => (w.FromHours, w.ToHours, s.CapacityFactor)),
        _ => [],
    };

    // Cuts the windows at every start and end; each piece gets the product of the factors over it and the earliest start of those windows.
    private static Segment[] Timeline(List<(double From, double To, double Factor)> windows)
    {
        var cuts = windows.SelectMany(w => new[] { w.From, w.To }).Distinct().Order().ToArray();
        var segments = new List<Segment>();
        for (var c = 0; c + 1 < cuts.Length; c++)
        {
            var (from, to) = (cuts[c], cuts[c + 1]);
            var over = windows.Where(w => w.From <= from && w.To >= to).ToList();
            if (over.Count > 0)
            {
                segments.Add(new Segment(from, to, over.Aggregate(1.0, (p, w) => p * w.Factor), over.Min(w => w.From)));
            }
        }

        return [.. segments];
    }

    private readonly record struct Segment(double From, double To, double Factor, double KnownFrom);
}
