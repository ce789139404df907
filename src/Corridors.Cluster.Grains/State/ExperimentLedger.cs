namespace Corridors.Cluster.Grains.State;

/// <summary>What an experiment has recorded: the replications wanted and, per finished replication, its kernel messages.</summary>
[GenerateSerializer]
internal sealed class ExperimentLedger
{
    /// <summary>Gets or sets the replication numbers any client asked for.</summary>
    [Id(0)] public SortedSet<int> Wanted { get; set; } = [];

    /// <summary>Gets or sets the recorded replications and their message counts.</summary>
    [Id(1)] public Dictionary<int, long> Done { get; set; } = [];

    /// <summary>
    /// Gets or sets the replications handed out and not yet recorded. Kept so that a grain reactivated after
    /// the loss of its silo does not hand out again the replications that live workers are still running.
    /// </summary>
    [Id(2)] public SortedSet<int> Leased { get; set; } = [];

    /// <summary>Gets or sets how many completions arrived for replications already recorded (work done twice).</summary>
    [Id(3)] public int Repeats { get; set; }

    /// <summary>Gets or sets which replications those repeated completions were of.</summary>
    [Id(4)] public SortedSet<int> RunTwice { get; set; } = [];

    /// <summary>
    /// Gets or sets the worker whose completion recorded each replication: the same worker reporting again
    /// is retrying a report whose answer it lost (a silo died after recording it), not a second run.
    /// </summary>
    [Id(5)] public Dictionary<int, string> RecordedBy { get; set; } = [];
}
