namespace Corridors.Core.World.Choice;

/// <summary>
/// What facility actors publish about their own state for dynamic route choice (ADR 0008), one board per
/// replication: each station's number of shipments present, each carrier's backlog in full departures, each
/// facility's expected end of a storm in progress. An actor writes only its own entries, in its own turn;
/// the chooser only reads. The kernel delivers one message at a time, so what a reader sees is a pure
/// function of the replication's event order, the same on any number of threads.
/// </summary>
internal sealed class NetworkStateBoard
{
    private readonly StationUse[][][] _uses;
    private readonly int[] _fullLoads;
    private readonly double[] _stormEnd;
    private int[] _present = new int[16];
    private int _slots;

    public NetworkStateBoard(CompiledScenario scenario)
    {
        _uses = [.. scenario.Routes.Select(r => Enumerable.Repeat(Array.Empty<StationUse>(), r.Nodes.Length).ToArray())];
        _fullLoads = new int[scenario.Model.Links.Count];
        _stormEnd = new double[scenario.Model.Nodes.Count + scenario.Model.Links.Count];
        Array.Fill(_stormEnd, double.NegativeInfinity);
    }

    /// <summary>Reserves <paramref name="count"/> station entries for a node actor; returns the first.</summary>
    public int RegisterStations(int count)
    {
        var first = _slots;
        _slots += count;
        if (_slots > _present.Length)
        {
            Array.Resize(ref _present, Math.Max(_slots, _present.Length * 2));
        }

        return first;
    }

    /// <summary>A node actor states which of its stations a shipment of <paramref name="route"/> passes at <paramref name="hop"/>.</summary>
    public void UseStations(int route, int hop, StationUse[] uses) => _uses[route][hop] = uses;

    /// <summary>A station publishes how many shipments it holds (queued and in service).</summary>
    public void SetPresent(int slot, int present) => _present[slot] = present;

    /// <summary>A carrier link publishes how many full departures its backlog fills.</summary>
    public void SetFullLoads(int link, int loads) => _fullLoads[link] = loads;

    /// <summary>A facility publishes that a storm started and when it is expected to end.</summary>
    public void StormStarted(int facility, double expectedEnd) => _stormEnd[facility] = Math.Max(_stormEnd[facility], expectedEnd);

    /// <summary>A facility publishes that its storm ended.</summary>
    public void StormEnded(int facility) => _stormEnd[facility] = double.NegativeInfinity;

    /// <summary>Gets the expected queueing hours of a newcomer at the stations of <paramref name="route"/>'s hop <paramref name="hop"/>: (n − c + 1)⁺ · m / c each.</summary>
    public double QueueHours(int route, int hop)
    {
        var total = 0.0;
        foreach (var use in _uses[route][hop])
        {
            var ahead = _present[use.Slot] - use.Servers + 1;
            if (ahead > 0)
            {
                total += ahead * use.HoursPerJob;
            }
        }

        return total;
    }

    /// <summary>Gets the number of full departures waiting on <paramref name="link"/>.</summary>
    public int FullLoads(int link) => _fullLoads[link];

    /// <summary>Gets the expected end of a storm in progress at <paramref name="facility"/>, or −∞.</summary>
    public double StormEnd(int facility) => _stormEnd[facility];
}
