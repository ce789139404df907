namespace Corridors.Cluster.Contracts;

/// <summary>What a facility or corridor grain knows: its description and its figures so far.</summary>
/// <param name="Id">The node id or corridor key.</param>
/// <param name="Description">The facility's kind, name and parameters, or the corridor's ends and commodity.</param>
/// <param name="Replications">Replications recorded.</param>
/// <param name="Figures">The figures with their intervals.</param>
[GenerateSerializer, Immutable]
public sealed record FiguresReport(
    [property: Id(0)] string Id,
    [property: Id(1)] string Description,
    [property: Id(2)] int Replications,
    [property: Id(3)] IReadOnlyList<FigureRow> Figures);
