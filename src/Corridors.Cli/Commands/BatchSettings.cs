namespace Corridors.Cli.Commands;

/// <summary>The options of `corridors batch`.</summary>
/// <param name="Replications">Replications per scenario, or null for each scenario's own.</param>
/// <param name="Seed">A seed for all scenarios, or null for each scenario's own.</param>
/// <param name="Parallel">Replications at once.</param>
/// <param name="OutputDirectory">The output folder.</param>
/// <param name="CommandLine">The command line, for manifests.</param>
internal sealed record BatchSettings(int? Replications, ulong? Seed, int Parallel, string OutputDirectory, IReadOnlyList<string> CommandLine);
