namespace Corridors.Cluster.Contracts;

/// <summary>A replication handed to a worker: run it, renew the lease while running, then report it.</summary>
/// <param name="Experiment">The experiment key.</param>
/// <param name="Replication">The replication number.</param>
[GenerateSerializer, Immutable]
public sealed record ReplicationLease([property: Id(0)] string Experiment, [property: Id(1)] int Replication);
