namespace Corridors.Cluster.Contracts;

/// <summary>An experiment as <c>corridors status</c> shows it.</summary>
/// <param name="Progress">How far it is.</param>
/// <param name="Facilities">Its facilities.</param>
/// <param name="Corridors">Its corridor keys.</param>
/// <param name="Silo">The endpoint (HOST:PORT) of the silo the experiment grain is active on.</param>
/// <param name="Recorded">The numbers of the recorded replications, ascending.</param>
/// <param name="RunTwice">The numbers of the replications completed more than once (a lease expired while they ran), ascending.</param>
[GenerateSerializer, Immutable]
public sealed record ExperimentStatus(
    [property: Id(0)] ExperimentProgress Progress,
    [property: Id(1)] IReadOnlyList<FacilityRef> Facilities,
    [property: Id(2)] IReadOnlyList<string> Corridors,
    [property: Id(3)] string Silo = "",
    [property: Id(4)] IReadOnlyList<int>? Recorded = null,
    [property: Id(5)] IReadOnlyList<int>? RunTwice = null);
