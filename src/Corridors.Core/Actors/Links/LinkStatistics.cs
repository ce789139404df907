using Corridors.Kernel.Statistics;

namespace Corridors.Core.Actors.Links;

/// <summary>
/// The state a link actor reports: traffic, loads and times after the warm-up. A struct kept inline in
/// its <see cref="LinkActor"/>, and its statistics inline in it, so that a link event reaches all of them
/// from the actor's own cache lines instead of through seven objects (issue 16). Fields, not properties:
/// the inline statistics must be updated in place.
/// </summary>
internal struct LinkStatistics
{
    /// <summary>Shipments that entered the link.</summary>
    public long Shipments;

    /// <summary>Departures: carrier departures, or single trips on a link without a carrier.</summary>
    public long Departures;

    /// <summary>Timetabled departures that did not run because the link was closed or no vehicle was back.</summary>
    public long CancelledDepartures;

    /// <summary>Tonnes moved.</summary>
    public double Tonnes;

    /// <summary>Tonne-km moved.</summary>
    public double TonneKm;

    /// <summary>Shipments on the link (waiting or travelling) over time.</summary>
    public InlineTimeWeighted Present;

    /// <summary>Shipments waiting for a departure over time.</summary>
    public InlineTimeWeighted Waiting;

    /// <summary>Each carrier departure's load ÷ nominal capacity.</summary>
    public InlineTally LoadFactor;

    /// <summary>Each shipment's wait from entering to departing, hours.</summary>
    public InlineTally WaitHours;

    /// <summary>Each departure's travel time, hours.</summary>
    public InlineTally TravelHours;

    /// <summary>Each shipment's time on the link, from entering to arriving at the far end, hours.</summary>
    public InlineTally SojournHours;

    /// <summary>Discards what happened before <paramref name="nowHours"/> (the end of the warm-up).</summary>
    public void Reset(double nowHours)
    {
        Shipments = 0;
        Departures = 0;
        CancelledDepartures = 0;
        Tonnes = 0;
        TonneKm = 0;
        Present.Reset(nowHours);
        Waiting.Reset(nowHours);
        LoadFactor.Reset();
        WaitHours.Reset();
        TravelHours.Reset();
        SojournHours.Reset();
    }
}
