namespace Corridors.Cli.Commands;

/// <summary>One scenario of a batch: where it comes from, how to load it, and its replications if a plan sets them.</summary>
/// <param name="Path">The scenario file (a generated point file for plans).</param>
/// <param name="Load">Loads it; null when it is not valid (problems already printed).</param>
/// <param name="Replications">Replications the plan asks for, or null.</param>
internal sealed record BatchEntry(string Path, Func<LoadedScenario?> Load, int? Replications = null);
