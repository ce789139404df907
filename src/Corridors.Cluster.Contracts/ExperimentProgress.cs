namespace Corridors.Cluster.Contracts;

/// <summary>How far an experiment is.</summary>
/// <param name="Key">The experiment key.</param>
/// <param name="Name">The scenario name.</param>
/// <param name="Done">Wanted replications recorded.</param>
/// <param name="Target">Replications wanted (by every client so far).</param>
/// <param name="Messages">Kernel messages delivered by the recorded replications.</param>
/// <param name="Repeats">Completions of replications that were recorded already: work done twice (after a lease expired).</param>
[GenerateSerializer, Immutable]
public sealed record ExperimentProgress(
    [property: Id(0)] string Key,
    [property: Id(1)] string Name,
    [property: Id(2)] int Done,
    [property: Id(3)] int Target,
    [property: Id(4)] long Messages,
    [property: Id(5)] int Repeats = 0)
{
    /// <summary>Gets whether every wanted replication is recorded.</summary>
    public bool Finished => Done >= Target;
}
