namespace Corridors.Cluster.Hosting;

/// <summary>The Orleans service and default cluster ids of Corridors clusters.</summary>
public static class ClusterIds
{
    /// <summary>The service id every Corridors silo and client uses (grain storage is keyed by it).</summary>
    public const string Service = "corridors";

    /// <summary>The cluster id used when none is given.</summary>
    public const string DefaultCluster = "corridors";
}
