namespace Corridors.Core.Model;

/// <summary>The stages a shipment can pass at a node, in the order it passes them.</summary>
[Flags]
public enum Stages
{
    /// <summary>None: the shipment passes straight through.</summary>
    None = 0,

    /// <summary>Held with others bound for the same next leg (border trade centers).</summary>
    Consolidation = 1,

    /// <summary>Berth or crane handling (ports, hubs).</summary>
    Handling = 2,

    /// <summary>Customs clearance (border trade centers, border crossings).</summary>
    Clearance = 4,

    /// <summary>Rail gauge change (border crossings).</summary>
    GaugeChange = 8,

    /// <summary>A dwell without queueing: processing at a zone, bonded storage at a trade center.</summary>
    Dwell = 16,
}
