namespace Corridors.Cluster.Contracts;

/// <summary>
/// The cluster's list of experiments (key 0): every one submitted, and those with work open. Workers ask
/// it for work; it asks the open experiments in submission order. It never is called by an experiment,
/// so grain calls cannot form a cycle.
/// </summary>
public interface IWorkBoardGrain : IGrainWithIntegerKey
{
    /// <summary>Puts experiment <paramref name="key"/> on the board (again) as having work.</summary>
    Task Post(string key);

    /// <summary>Leases a replication of some open experiment to <paramref name="worker"/>; null when no work is free.</summary>
    Task<ReplicationLease?> TakeWork(string worker);

    /// <summary>Gets the keys of every experiment submitted, oldest first.</summary>
    Task<IReadOnlyList<string>> Experiments();
}
