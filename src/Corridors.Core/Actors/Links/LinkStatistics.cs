using Corridors.Kernel;
using Corridors.Kernel.Statistics;

namespace Corridors.Core.Actors.Links;

/// <summary>The state a link actor reports: traffic, loads and times after the warm-up.</summary>
internal sealed class LinkStatistics : IWarmupResettable
{
    public LinkStatistics(Simulation simulation)
    {
        simulation.Track(this);
        Present = simulation.Track(new TimeWeighted());
        Waiting = simulation.Track(new TimeWeighted());
        LoadFactor = simulation.Track(new Tally());
        WaitHours = simulation.Track(new Tally());
        TravelHours = simulation.Track(new Tally());
        SojournHours = simulation.Track(new Tally());
    }

    /// <summary>Gets shipments that entered the link.</summary>
    public long Shipments { get; set; }

    /// <summary>Gets departures: carrier departures, or single trips on a link without a carrier.</summary>
    public long Departures { get; set; }

    /// <summary>Gets timetabled departures that did not run because the link was closed or no vehicle was back.</summary>
    public long CancelledDepartures { get; set; }

    /// <summary>Gets tonnes moved.</summary>
    public double Tonnes { get; set; }

    /// <summary>Gets tonne-km moved.</summary>
    public double TonneKm { get; set; }

    /// <summary>Gets shipments on the link (waiting or travelling) over time.</summary>
    public TimeWeighted Present { get; }

    /// <summary>Gets shipments waiting for a departure over time.</summary>
    public TimeWeighted Waiting { get; }

    /// <summary>Gets each carrier departure's load ÷ nominal capacity.</summary>
    public Tally LoadFactor { get; }

    /// <summary>Gets each shipment's wait from entering to departing, hours.</summary>
    public Tally WaitHours { get; }

    /// <summary>Gets each departure's travel time, hours.</summary>
    public Tally TravelHours { get; }

    /// <summary>Gets each shipment's time on the link, from entering to arriving at the far end, hours.</summary>
    public Tally SojournHours { get; }

    public void Reset(double nowHours)
    {
        Shipments = 0;
        Departures = 0;
        CancelledDepartures = 0;
        Tonnes = 0;
        TonneKm = 0;
    }
}
