namespace Corridors.Web.Runs;

/// <summary>A snapshot of a run, as the page shows it and the progress events carry it.</summary>
/// <param name="Id">The run id.</param>
/// <param name="State">queued, running, finished or failed.</param>
/// <param name="Phase">What is happening: waiting, replicating (the what-if and its base at once), writing the reports, done.</param>
/// <param name="Done">Replications of the what-if recorded.</param>
/// <param name="BaseDone">Replications of the base recorded.</param>
/// <param name="Target">Replications wanted of each (for a precision target: its cap; the run may stop sooner).</param>
/// <param name="Base">The library id of the base.</param>
/// <param name="Replications">Replications of each scenario: asked for, or the cap of a precision target until the run keeps its number.</param>
/// <param name="PrecisionPercent">The precision target in percent; null for a fixed number of replications.</param>
/// <param name="Seed">The common seed.</param>
/// <param name="Delivered">The what-if's headline figure over its first replications, as they complete.</param>
/// <param name="BaseDelivered">The base's, likewise.</param>
/// <param name="Problem">Why it failed, one line.</param>
/// <param name="Version">Increases with every change, so a watcher sends each state once.</param>
internal sealed record RunStatus(
    string Id, string State, string Phase, int Done, int BaseDone, int Target, string Base, int Replications, double? PrecisionPercent, ulong Seed,
    HeadlinePoint? Delivered, HeadlinePoint? BaseDelivered, string? Problem, int Version);
