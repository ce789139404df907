namespace Corridors.Core.Routing;

/// <summary>What a binding capacity belongs to.</summary>
public enum CapacityLimitKind
{
    /// <summary>A link's annual capacity (t/yr, or TEU/yr converted with the cargo's tonnes per TEU).</summary>
    Link,

    /// <summary>A node's nameplate throughput (t/yr).</summary>
    Node,
}
