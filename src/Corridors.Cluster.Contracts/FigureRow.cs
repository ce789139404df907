namespace Corridors.Cluster.Contracts;

/// <summary>A figure over the replications recorded so far.</summary>
/// <param name="Name">The figure, e.g. <c>utilization</c>.</param>
/// <param name="Mean">Its mean; NaN when no replication defines it.</param>
/// <param name="HalfWidth">The 95 % Student-t half-width; NaN below two replications.</param>
/// <param name="N">Replications that define it.</param>
[GenerateSerializer, Immutable]
public sealed record FigureRow([property: Id(0)] string Name, [property: Id(1)] double Mean, [property: Id(2)] double HalfWidth, [property: Id(3)] int N);
