using Corridors.Core.Model;
using Corridors.Scenarios.Loading;
using Corridors.Scenarios.Text;

namespace Corridors.Scenarios.Binding;

/// <summary>Binds <c>nodes:</c>: the keys every node has, then the keys of its kind.</summary>
internal static class NodeBinder
{
    /// <summary>Reads every node; a node whose kind is unreadable becomes a stand-in that serves every mode.</summary>
    public static List<NodeSpec> Bind(MapReader root)
    {
        var nodes = new List<NodeSpec>();
        foreach (var (id, r, sites) in Elements.Of(root, "nodes", "node", required: true))
        {
            root.Context.NodeIds.Add(id);
            var kind = r?.Choice("kind", Vocabulary.NodeKinds, required: true);
            if (r is null || kind is not { } k)
            {
                sites.Fail("");
                nodes.Add(new CitySpec { Id = id, Name = id, Location = default, Modes = [.. Vocabulary.Modes.Select(m => m.Value)] });
                continue;
            }

            var node = Kind(k, r) with
            {
                Id = id,
                Name = r.Text("name") ?? id,
                Location = Location(r),
                Modes = Elements.Words(r, "modes", Vocabulary.Modes, "Modes") ?? NodeModes.Default(k),
                StorageCapacityTonnes = r.Quantity("storage", Dimension.Mass, "StorageCapacityTonnes"),
                CapacityTonnesPerYear = r.Quantity("capacity", Dimension.MassPerYear, "CapacityTonnesPerYear"),
                TransshipmentUsdPerTonne = r.Quantity("transshipment_cost", Dimension.UsdPerTonne, "TransshipmentUsdPerTonne") ?? 0,
            };
            Elements.Common(r);
            r.Finish();
            nodes.Add(node);
        }

        return nodes;
    }

    private static GeoPoint Location(MapReader r)
    {
        if (r.Child("location", "Location", required: true) is not { } l)
        {
            return default;
        }

        var point = new GeoPoint(l.Number("lat", "Latitude", required: true) ?? 0, l.Number("lon", "Longitude", required: true) ?? 0);
        l.Finish();
        return point;
    }

    // The kind's own keys; the common ones are set by the caller.
    private static NodeSpec Kind(NodeKind kind, MapReader r) => kind switch
    {
        NodeKind.Port => new PortSpec { Id = "", Name = "", Location = default, Modes = [], Berths = ServiceBinder.Read(r, "berths", "Berths", true)! },
        NodeKind.Hub => new HubSpec { Id = "", Name = "", Location = default, Modes = [], Handling = ServiceBinder.Read(r, "handling", "Handling", true)! },
        NodeKind.EconomicZone => new EconomicZoneSpec
        {
            Id = "", Name = "", Location = default, Modes = [],
            ProcessingDwellHours = r.Distribution("processing_dwell", Dimension.Duration, "ProcessingDwellHours"),
        },
        NodeKind.BorderTradeCenter => new BorderTradeCenterSpec
        {
            Id = "", Name = "", Location = default, Modes = [],
            Customs = ServiceBinder.Read(r, "customs", "Customs", true)!,
            Consolidation = Consolidation(r),
            DwellHours = r.Distribution("dwell", Dimension.Duration, "DwellHours"),
        },
        NodeKind.BorderCrossing => new BorderCrossingSpec
        {
            Id = "", Name = "", Location = default, Modes = [],
            Clearance = Clearance(r),
            GaugeChange = ServiceBinder.Read(r, "gauge_change", "GaugeChange", false),
        },
        _ => new CitySpec { Id = "", Name = "", Location = default, Modes = [] },
    };

    private static ConsolidationSpec? Consolidation(MapReader r)
    {
        if (r.Child("consolidation", "Consolidation") is not { } c)
        {
            return null;
        }

        var spec = new ConsolidationSpec(
            c.Quantity("target", Dimension.Mass, "TargetTonnes", required: true) ?? 1,
            c.Quantity("max_hold", Dimension.Duration, "MaxHoldHours", required: true) ?? 1);
        c.Finish();
        return spec;
    }

    // clearance: { rail: {servers, time}, road: {…} } — one stage per mode that crosses here.
    private static Dictionary<TransportMode, ServiceSpec> Clearance(MapReader r)
    {
        var stages = new Dictionary<TransportMode, ServiceSpec>();
        if (r.Child("clearance", "Clearance", required: true) is not { } c)
        {
            return stages;
        }

        foreach (var (word, mode) in Vocabulary.Modes)
        {
            if (ServiceBinder.Read(c, word, mode.ToString(), false) is { } stage)
            {
                stages[mode] = stage;
            }
        }

        c.Finish();
        return stages;
    }
}
