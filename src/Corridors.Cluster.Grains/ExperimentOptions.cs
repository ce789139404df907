namespace Corridors.Cluster.Grains;

/// <summary>How experiments hand out work.</summary>
public sealed class ExperimentOptions
{
    /// <summary>Gets or sets how long a lease lasts without renewal before its replication is handed out again.</summary>
    public TimeSpan LeaseTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
