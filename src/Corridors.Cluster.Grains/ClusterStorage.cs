namespace Corridors.Cluster.Grains;

/// <summary>The grain storage every Corridors grain uses: memory in an embedded silo, Redis in a cluster.</summary>
public static class ClusterStorage
{
    /// <summary>The storage provider's name.</summary>
    public const string Name = "corridors";
}
