namespace Corridors.Cluster.Grains;

/// <summary>How a silo's replication workers run.</summary>
public sealed class WorkerOptions
{
    /// <summary>Gets or sets the number of workers (replications at once on this silo); default one per core.</summary>
    public int Workers { get; set; } = Environment.ProcessorCount;

    /// <summary>Gets or sets how long an idle worker waits before asking for work again.</summary>
    public TimeSpan IdlePoll { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Gets or sets how often a running replication's lease is renewed (well within the lease time-out).</summary>
    public TimeSpan RenewEvery { get; set; } = TimeSpan.FromSeconds(5);
}
