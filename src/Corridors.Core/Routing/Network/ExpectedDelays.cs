using Corridors.Core.Model;

namespace Corridors.Core.Routing.Network;

/// <summary>
/// The expected delays a route counts, without queueing: at a node, the mean time of each stage
/// <see cref="StagePlanner"/> plans there (the same stages the simulation passes); on a carrier link,
/// the expected wait for a departure.
/// </summary>
internal static class ExpectedDelays
{
    /// <summary>Gets the expected hours at <paramref name="node"/> between <paramref name="inbound"/> and <paramref name="outbound"/> (either null at an end).</summary>
    public static double StageHours(NodeSpec node, LinkSpec? inbound, LinkSpec? outbound, CargoProfile cargo)
    {
        var stages = StagePlanner.For(node, inbound, outbound);
        double tonnes = cargo.ShipmentTonnes;
        double hours = 0;
        if (stages.HasFlag(Stages.Consolidation) && node is BorderTradeCenterSpec { Consolidation: { } lot })
        {
            hours += BatchWaitHours(lot.TargetTonnes, lot.MaxHoldHours, cargo);
        }

        if (stages.HasFlag(Stages.Handling))
        {
            hours += node switch
            {
                PortSpec port => port.Berths.MeanHours(tonnes),
                HubSpec hub => hub.Handling.MeanHours(tonnes),
                _ => 0,
            };
        }

        if (stages.HasFlag(Stages.Clearance))
        {
            hours += node switch
            {
                // Lanes of the arrival mode (of the departure mode at the origin); a mode without lanes is not stopped.
                BorderCrossingSpec crossing => crossing.Clearance.TryGetValue((inbound ?? outbound)!.Mode, out var lanes) ? lanes.MeanHours(tonnes) : 0,
                BorderTradeCenterSpec center => center.Customs.MeanHours(tonnes),
                _ => 0,
            };
        }

        if (stages.HasFlag(Stages.GaugeChange) && node is BorderCrossingSpec { GaugeChange: { } change })
        {
            hours += change.MeanHours(tonnes);
        }

        if (stages.HasFlag(Stages.Dwell))
        {
            hours += node switch
            {
                BorderTradeCenterSpec center => center.DwellHours?.Mean ?? 0,
                EconomicZoneSpec zone => zone.ProcessingDwellHours?.Mean ?? 0,
                _ => 0,
            };
        }

        return hours;
    }

    /// <summary>
    /// Gets the expected wait in hours for a departure of <paramref name="link"/>: 0 without a carrier; half
    /// the headway for a timetable (arrivals fall uniformly between departures); for when-full departures
    /// the batch wait of <see cref="BatchWaitHours"/> on one departure's capacity.
    /// </summary>
    public static double DepartureWaitHours(LinkSpec link, CargoProfile cargo) => link.Carrier switch
    {
        null => 0,
        { Departure: TimetableDeparture timetable } => timetable.HeadwayHours / 2,
        { Departure: WhenFullDeparture whenFull } carrier => BatchWaitHours(
            carrier.CapacityUnit == CargoUnit.Teu ? carrier.Capacity * cargo.TonnesPerTeu : carrier.Capacity, whenFull.MaxWaitHours, cargo),
        _ => 0,
    };

    /// <summary>
    /// Gets the expected wait of a shipment in a batch that leaves when it holds <paramref name="batchTonnes"/>
    /// or its first shipment has waited <paramref name="maxWaitHours"/>: ½ · min(max wait, time to fill),
    /// where the time to fill is the tonnes still missing after this shipment, max(0, batch − shipment), at
    /// the cargo's own rate. Shipments of a batch wait from the whole fill time (the first) down to none
    /// (the last), half on average. The cargo's own rate is a lower bound on what else joins the batch, so
    /// the time to fill is an upper bound. With neither bound finite (no rate known and no longest wait)
    /// the wait is unknown and counted as 0.
    /// </summary>
    public static double BatchWaitHours(double batchTonnes, double maxWaitHours, CargoProfile cargo)
    {
        double missing = Math.Max(0, batchTonnes - cargo.ShipmentTonnes);
        double fillHours = missing == 0 ? 0 : (cargo.TonnesPerHour > 0 ? missing / cargo.TonnesPerHour : double.PositiveInfinity);
        double wait = Math.Min(maxWaitHours, fillHours);
        return double.IsFinite(wait) ? wait / 2 : 0;
    }
}
