namespace Corridors.Cluster.Contracts;

/// <summary>
/// One experiment, keyed by its <see cref="ExperimentKey"/>: hands replications out to workers as leases,
/// records each completion once, and tells clients how far it is. Its request and finished replications
/// live in grain storage, so it resumes after the loss of its silo without redoing recorded replications.
/// </summary>
public interface IExperimentGrain : IGrainWithStringKey
{
    /// <summary>Submits <paramref name="request"/>: the first submission stores it; later ones may raise the target.</summary>
    Task<SubmitAnswer> Submit(ExperimentRequest request);

    /// <summary>Gets the stored request (workers load the scenario from it); null when nothing was submitted.</summary>
    Task<ExperimentRequest?> Request();

    /// <summary>Leases the lowest replication that is neither recorded nor leased (or whose lease expired) to <paramref name="worker"/>.</summary>
    Task<LeaseAnswer> Lease(string worker);

    /// <summary>Extends <paramref name="worker"/>'s lease of <paramref name="replication"/> while it runs.</summary>
    Task Renew(int replication, string worker);

    /// <summary>
    /// Records that <paramref name="replication"/> is done and stored (idempotent by number). A completion by a
    /// worker other than the one whose completion was recorded is work done twice, and is counted; the same
    /// worker reporting again is a retry of a report whose answer was lost, and is not.
    /// </summary>
    Task Complete(int replication, long messages, string worker);

    /// <summary>Gets the progress now.</summary>
    Task<ExperimentProgress> Progress();

    /// <summary>Streams the progress: now, then after every recorded replication, until the target is reached.</summary>
    IAsyncEnumerable<ExperimentProgress> Watch(CancellationToken cancellation = default);

    /// <summary>Gets the progress, the facilities and the corridors; null when nothing was submitted.</summary>
    Task<ExperimentStatus?> Status();
}
