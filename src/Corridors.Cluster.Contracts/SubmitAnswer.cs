namespace Corridors.Cluster.Contracts;

/// <summary>The experiment grain's answer to a submission.</summary>
/// <param name="Problem">Why the request was refused (one line), or null when accepted.</param>
/// <param name="Progress">The experiment's progress after the submission (replications already done count).</param>
[GenerateSerializer, Immutable]
public sealed record SubmitAnswer([property: Id(0)] string? Problem, [property: Id(1)] ExperimentProgress Progress);
