namespace Corridors.Cluster.Contracts;

/// <summary>One replication's result (key <c>EXPERIMENT/r</c>), kept in grain storage as JSON whose doubles round-trip exactly.</summary>
public interface IReplicationGrain : IGrainWithStringKey
{
    /// <summary>Stores the result (storing the same replication again changes nothing).</summary>
    Task Store(byte[] json);

    /// <summary>Gets the stored result, or null when none is stored.</summary>
    Task<byte[]?> Result();
}
