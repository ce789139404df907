namespace Corridors.Web.Runs;

/// <summary>A snapshot of a run, as the page shows it and the progress events carry it.</summary>
/// <param name="Id">The run id.</param>
/// <param name="State">queued, running, finished or failed.</param>
/// <param name="Phase">What is running: the what-if's replications, its base's, or the reports.</param>
/// <param name="Done">Replications of the phase recorded.</param>
/// <param name="Target">Replications of the phase wanted.</param>
/// <param name="Base">The library id of the base.</param>
/// <param name="Replications">Replications of each scenario.</param>
/// <param name="Seed">The common seed.</param>
/// <param name="Problem">Why it failed, one line.</param>
/// <param name="Version">Increases with every change, so a watcher sends each state once.</param>
internal sealed record RunStatus(string Id, string State, string Phase, int Done, int Target, string Base, int Replications, ulong Seed, string? Problem, int Version);
