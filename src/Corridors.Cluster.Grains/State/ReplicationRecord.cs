namespace Corridors.Cluster.Grains.State;

/// <summary>A stored replication result.</summary>
[GenerateSerializer]
internal sealed class ReplicationRecord
{
    /// <summary>Gets or sets the result as JSON; null before it is stored.</summary>
    [Id(0)] public byte[]? Json { get; set; }
}
