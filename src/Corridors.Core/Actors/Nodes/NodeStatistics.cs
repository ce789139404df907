using Corridors.Kernel.Statistics;

namespace Corridors.Core.Actors.Nodes;

/// <summary>
/// The state a node actor reports: counts and time averages after the warm-up. A struct kept inline in
/// its <see cref="NodeActor"/>, and its statistics inline in it (issue 16): fields, not properties, so
/// they are updated in place.
/// </summary>
internal struct NodeStatistics
{
    /// <summary>Shipments that arrived (or were created here).</summary>
    public long Arrivals;

    /// <summary>Shipments that left or were delivered here.</summary>
    public long Departures;

    /// <summary>Tonnes that left or were delivered here.</summary>
    public double TonnesOut;

    /// <summary>The number of shipments at the node (blocked, queued, in service, dwelling) over time.</summary>
    public InlineTimeWeighted Present;

    /// <summary>The number blocked at the gate because storage was full, over time.</summary>
    public InlineTimeWeighted Blocked;

    /// <summary>The time from arrival to departure of each visit, hours.</summary>
    public InlineTally Sojourn;

    /// <summary>The time each visit spent blocked or queued (not served, not dwelling), hours.</summary>
    public InlineTally Wait;

    /// <summary>The blocked time of each visit that was blocked, hours.</summary>
    public InlineTally BlockedHours;

    /// <summary>Starts the measurement afresh at <paramref name="nowHours"/> (the end of the warm-up).</summary>
    public void Reset(double nowHours)
    {
        Arrivals = 0;
        Departures = 0;
        TonnesOut = 0;
        Present.Reset(nowHours);
        Blocked.Reset(nowHours);
        Sojourn.Reset();
        Wait.Reset();
        BlockedHours.Reset();
    }
}
