namespace Corridors.Cluster.Contracts;

/// <summary>A modelled facility (node) of an experiment.</summary>
/// <param name="Id">The node id.</param>
/// <param name="Kind">Port, economic zone, border trade center, border crossing, hub or city.</param>
/// <param name="Name">The display name.</param>
[GenerateSerializer, Immutable]
public sealed record FacilityRef([property: Id(0)] string Id, [property: Id(1)] string Kind, [property: Id(2)] string Name);
