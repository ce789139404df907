namespace Corridors.Core.Routing.Network;

/// <summary>What an edge of the expanded network stands for.</summary>
public enum NetworkEdgeKind
{
    /// <summary>A model link: from a node's departure layer to the next node's arrival layer.</summary>
    Link,

    /// <summary>Starting at a node: from its origin vertex to one of its departure layers.</summary>
    Start,

    /// <summary>Passing a node: from an arrival layer to a departure layer the node lets it continue on.</summary>
    Through,

    /// <summary>Ending at a node: from one of its arrival layers to its destination vertex.</summary>
    End,
}
