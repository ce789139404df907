namespace Corridors.Core.Routing.Topology;

/// <summary>Whether an element of the network is a node or a link.</summary>
public enum NetworkElementKind
{
    /// <summary>A node (all its layers together).</summary>
    Node,

    /// <summary>A link.</summary>
    Link,
}
