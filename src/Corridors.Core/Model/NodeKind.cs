namespace Corridors.Core.Model;

/// <summary>What a node is; the kind decides which stages a shipment passes there.</summary>
public enum NodeKind
{
    /// <summary>A sea or river port: berths that load and unload vessels.</summary>
    Port,

    /// <summary>A special economic zone: origin and destination of flows, optional processing dwell.</summary>
    EconomicZone,

    /// <summary>A border trade center: consolidation, customs lanes, optional bonded dwell.</summary>
    BorderTradeCenter,

    /// <summary>A border crossing: customs lanes per mode, rail gauge change, closures.</summary>
    BorderCrossing,

    /// <summary>A dry port or logistics center: transshipment between modes.</summary>
    Hub,

    /// <summary>A market: origin or destination only; goods pass through without handling.</summary>
    City,
}
