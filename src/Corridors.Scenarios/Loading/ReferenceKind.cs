namespace Corridors.Scenarios.Loading;

/// <summary>What kind of id a field names, for "did you mean" on a dangling reference.</summary>
internal enum ReferenceKind
{
    /// <summary>A node id.</summary>
    Node,

    /// <summary>A node or link id (disruption targets).</summary>
    Target,

    /// <summary>A commodity id.</summary>
    Commodity,

    /// <summary>A flow id.</summary>
    Flow,
}
