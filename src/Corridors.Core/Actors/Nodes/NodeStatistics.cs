using Corridors.Kernel;
using Corridors.Kernel.Statistics;

namespace Corridors.Core.Actors.Nodes;

/// <summary>The state a node actor reports: counts and time averages after the warm-up.</summary>
internal sealed class NodeStatistics : IWarmupResettable
{
    public NodeStatistics(Simulation simulation)
    {
        simulation.Track(this);
        Present = simulation.Track(new TimeWeighted());
        Blocked = simulation.Track(new TimeWeighted());
        Sojourn = simulation.Track(new Tally());
        Wait = simulation.Track(new Tally());
        BlockedHours = simulation.Track(new Tally());
    }

    /// <summary>Gets shipments that arrived (or were created here).</summary>
    public long Arrivals { get; set; }

    /// <summary>Gets shipments that left or were delivered here.</summary>
    public long Departures { get; set; }

    /// <summary>Gets tonnes that left or were delivered here.</summary>
    public double TonnesOut { get; set; }

    /// <summary>Gets the number of shipments at the node (blocked, queued, in service, dwelling) over time.</summary>
    public TimeWeighted Present { get; }

    /// <summary>Gets the number blocked at the gate because storage was full, over time.</summary>
    public TimeWeighted Blocked { get; }

    /// <summary>Gets the time from arrival to departure of each visit, hours.</summary>
    public Tally Sojourn { get; }

    /// <summary>Gets the time each visit spent blocked or queued (not served, not dwelling), hours.</summary>
    public Tally Wait { get; }

    /// <summary>Gets the blocked time of each visit that was blocked, hours.</summary>
    public Tally BlockedHours { get; }

    public void Reset(double nowHours)
    {
        Arrivals = 0;
        Departures = 0;
        TonnesOut = 0;
    }
}
