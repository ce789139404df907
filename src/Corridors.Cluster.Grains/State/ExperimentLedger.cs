namespace Corridors.Cluster.Grains.State;

/// <summary>What an experiment has recorded: the replications wanted and, per finished replication, its kernel messages.</summary>
[GenerateSerializer]
internal sealed class ExperimentLedger
{
    /// <summary>Gets or sets the replication numbers any client asked for.</summary>
    [Id(0)] public SortedSet<int> Wanted { get; set; } = [];

    /// <summary>Gets or sets the recorded replications and their message counts.</summary>
    [Id(1)] public Dictionary<int, long> Done { get; set; } = [];
}
