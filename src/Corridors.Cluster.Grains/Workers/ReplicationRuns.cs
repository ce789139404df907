using System.Collections.Concurrent;

namespace Corridors.Cluster.Grains.Workers;

/// <summary>Counts the replications this silo's workers ran, by experiment and number: what tests count to show nothing is redone.</summary>
public sealed class ReplicationRuns
{
    private readonly ConcurrentDictionary<(string Experiment, int Replication), int> _runs = new();

    /// <summary>Gets how many times replication <paramref name="replication"/> of <paramref name="experiment"/> ran here.</summary>
    public int Of(string experiment, int replication) => _runs.TryGetValue((experiment, replication), out var n) ? n : 0;

    /// <summary>Gets how many replications of <paramref name="experiment"/> ran here, re-runs included.</summary>
    public int Total(string experiment) => _runs.Where(r => r.Key.Experiment == experiment).Sum(r => r.Value);

    internal void Count(string experiment, int replication) => _runs.AddOrUpdate((experiment, replication), 1, (_, n) => n + 1);
}
