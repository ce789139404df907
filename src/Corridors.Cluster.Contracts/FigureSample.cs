namespace Corridors.Cluster.Contracts;

/// <summary>One replication's figures of one facility or corridor.</summary>
/// <param name="Replication">The replication number (recording it twice changes nothing).</param>
/// <param name="Names">The figures' names (<c>utilization</c>, <c>mean_wait_h</c> …), as the run's outputs name them.</param>
/// <param name="Values">The figures, in the order of <paramref name="Names"/>; NaN where undefined.</param>
[GenerateSerializer, Immutable]
public sealed record FigureSample([property: Id(0)] int Replication, [property: Id(1)] IReadOnlyList<string> Names, [property: Id(2)] IReadOnlyList<double> Values);
