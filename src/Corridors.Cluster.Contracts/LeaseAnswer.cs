namespace Corridors.Cluster.Contracts;

/// <summary>An experiment's answer to a worker asking for work.</summary>
/// <param name="Replication">The replication leased to the worker, or null when none is free now.</param>
/// <param name="Finished">True when every wanted replication is recorded (the experiment has no more work).</param>
[GenerateSerializer, Immutable]
public sealed record LeaseAnswer([property: Id(0)] int? Replication, [property: Id(1)] bool Finished);
