namespace Corridors.Cluster.Contracts;

/// <summary>One file of a submitted scenario's <c>extends</c> chain, as the client read it.</summary>
/// <param name="FullPath">Its full path on the client (how the chain names it).</param>
/// <param name="Bytes">Its contents.</param>
[GenerateSerializer, Immutable]
public sealed record ScenarioFile([property: Id(0)] string FullPath, [property: Id(1)] byte[] Bytes);
