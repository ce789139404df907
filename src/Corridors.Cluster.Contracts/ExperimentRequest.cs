namespace Corridors.Cluster.Contracts;

/// <summary>What a client submits: the scenario (its files, so any silo can load it), the seed and how many replications.</summary>
/// <param name="Key">The <see cref="ExperimentKey"/> the client computed; a silo checks that the files give the same.</param>
/// <param name="Name">The scenario name, for people.</param>
/// <param name="RootPath">The full path of the scenario file (the first of <paramref name="Files"/>).</param>
/// <param name="Files">The scenario file and every file it extends; empty when the scenario exists only in the client's memory (embedded runs).</param>
/// <param name="Seed">The seed to run with (it replaces the scenario's).</param>
/// <param name="First">The first replication wanted.</param>
/// <param name="Count">How many: replications <paramref name="First"/> … <paramref name="First"/> + <paramref name="Count"/> − 1 are wanted.</param>
/// <param name="Facilities">The modelled facilities, for the facility grains and <c>status</c>.</param>
/// <param name="Corridors">The corridor keys, for the corridor grains and <c>status</c>.</param>
[GenerateSerializer, Immutable]
public sealed record ExperimentRequest(
    [property: Id(0)] string Key,
    [property: Id(1)] string Name,
    [property: Id(2)] string RootPath,
    [property: Id(3)] IReadOnlyList<ScenarioFile> Files,
    [property: Id(4)] ulong Seed,
    [property: Id(5)] int First,
    [property: Id(6)] int Count,
    [property: Id(7)] IReadOnlyList<FacilityRef> Facilities,
    [property: Id(8)] IReadOnlyList<string> Corridors);
