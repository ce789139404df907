namespace Corridors.Core.Model.Checking;

/// <summary>Range and reference checks of links and carriers.</summary>
internal static class LinkChecks
{
    public static void Check(LinkSpec link, ModelIndex ids, ProblemSink sink)
    {
        Endpoint(nameof(link.From), link.From, link.Mode, ids, sink);
        Endpoint(nameof(link.To), link.To, link.Mode, ids, sink);
        if (link.From == link.To)
        {
            sink.Add(nameof(link.To), $"is '{link.To}', the same as from; expected a link between two different nodes");
        }

        sink.NonNegative(nameof(link.DistanceKm), link.DistanceKm);
        sink.Positive(nameof(link.SpeedKmh), link.SpeedKmh);
        sink.NonNegative(nameof(link.Co2KgPerTonneKm), link.Co2KgPerTonneKm);
        sink.NonNegative("Cost.UsdPerTonne", link.Cost.UsdPerTonne);
        sink.NonNegative("Cost.UsdPerTonneKm", link.Cost.UsdPerTonneKm);
        sink.NonNegative("Cost.UsdPerTeu", link.Cost.UsdPerTeu);
        sink.NonNegative("Cost.UsdPerTeuKm", link.Cost.UsdPerTeuKm);
        if (link.CapacityTonnesPerYear is { } t)
        {
            sink.Positive(nameof(link.CapacityTonnesPerYear), t);
        }

        if (link.CapacityTeuPerYear is { } teu)
        {
            sink.Positive(nameof(link.CapacityTeuPerYear), teu);
        }

        if (link.GaugeMm is { } gauge && (link.Mode != TransportMode.Rail || gauge is not (1520 or 1435)))
        {
            sink.Add(nameof(link.GaugeMm), $"is {gauge} on a {link.Mode} link; expected 1520 or 1435 on rail links only");
        }

        if (link.Carrier is { } carrier)
        {
            CheckCarrier(carrier, sink);
        }
    }

    private static void Endpoint(string field, string nodeId, TransportMode mode, ModelIndex ids, ProblemSink sink)
    {
        if (!ids.Nodes.TryGetValue(nodeId, out var node))
        {
            sink.Add(field, $"names node '{nodeId}', which does not exist; expected a node id");
        }
        else if (!node.Modes.Contains(mode))
        {
            sink.Add(field, $"node '{nodeId}' ({node.Kind}) does not serve {mode}; expected one of {string.Join(", ", node.Modes)}");
        }
    }

    private static void CheckCarrier(CarrierSpec carrier, ProblemSink sink)
    {
        sink.Positive("Carrier.Capacity", carrier.Capacity);
        if (carrier.Fleet is { } fleet)
        {
            sink.AtLeastOne("Carrier.Fleet", fleet);
        }

        switch (carrier.Departure)
        {
            case TimetableDeparture timetable:
                sink.Positive("Carrier.Departure.HeadwayHours", timetable.HeadwayHours);
                sink.NonNegative("Carrier.Departure.OffsetHours", timetable.OffsetHours);
                break;
            case WhenFullDeparture whenFull:
                if (!(whenFull.MaxWaitHours > 0))
                {
                    sink.Add("Carrier.Departure.MaxWaitHours", $"is {ProblemSink.Show(whenFull.MaxWaitHours)}; expected a number of hours > 0");
                }

                break;
        }
    }
}
