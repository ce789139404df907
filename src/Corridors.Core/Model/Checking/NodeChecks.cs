namespace Corridors.Core.Model.Checking;

/// <summary>Range checks of nodes and their service stages.</summary>
internal static class NodeChecks
{
    public static void Check(NodeSpec node, ProblemSink sink)
    {
        if (!(Math.Abs(node.Location.Latitude) <= 90) || !(Math.Abs(node.Location.Longitude) <= 180))
        {
            sink.Add(nameof(node.Location), $"is ({node.Location.Latitude}, {node.Location.Longitude}); expected latitude in [-90, 90] and longitude in [-180, 180]");
        }

        if (node.Modes.Count == 0)
        {
            sink.Add(nameof(node.Modes), "is empty; expected at least one mode");
        }

        if (node.StorageCapacityTonnes is { } storage)
        {
            sink.Positive(nameof(node.StorageCapacityTonnes), storage);
        }

        if (node.CapacityTonnesPerYear is { } capacity)
        {
            sink.Positive(nameof(node.CapacityTonnesPerYear), capacity);
        }

        sink.NonNegative(nameof(node.TransshipmentUsdPerTonne), node.TransshipmentUsdPerTonne);
        switch (node)
        {
            case PortSpec port:
                Service(nameof(port.Berths), port.Berths, sink);
                break;
            case HubSpec hub:
                Service(nameof(hub.Handling), hub.Handling, sink);
                break;
            case BorderTradeCenterSpec btc:
                Service(nameof(btc.Customs), btc.Customs, sink);
                if (btc.Consolidation is { } c)
                {
                    sink.Positive("Consolidation.TargetTonnes", c.TargetTonnes);
                    sink.Positive("Consolidation.MaxHoldHours", c.MaxHoldHours);
                }

                break;
            case BorderCrossingSpec crossing:
                CheckCrossing(crossing, sink);
                break;
        }
    }

    private static void CheckCrossing(BorderCrossingSpec crossing, ProblemSink sink)
    {
        if (crossing.Clearance.Count == 0)
        {
            sink.Add(nameof(crossing.Clearance), "is empty; expected a clearance stage for at least one mode");
        }

        foreach (var (mode, service) in crossing.Clearance.OrderBy(p => p.Key))
        {
            if (!crossing.Modes.Contains(mode))
            {
                sink.Add($"Clearance.{mode}", $"is given but the crossing does not serve {mode}; expected one of {string.Join(", ", crossing.Modes)}");
            }

            Service($"Clearance.{mode}", service, sink);
        }

        if (crossing.GaugeChange is { } gauge)
        {
            Service(nameof(crossing.GaugeChange), gauge, sink);
        }
    }

    private static void Service(string field, ServiceSpec service, ProblemSink sink)
    {
        sink.AtLeastOne($"{field}.Servers", service.Servers);
        if (service.TimeHours is null == service.TonnesPerHour is null)
        {
            sink.Add(field, "has both or neither of a time and a rate; expected exactly one");
        }

        if (service.TonnesPerHour is { } rate)
        {
            sink.Positive($"{field}.TonnesPerHour", rate);
        }
    }
}
