namespace Corridors.Report.Data;

/// <summary>One of summary.json's bottlenecks: a node or a link, and what goods wait for there.</summary>
/// <param name="Scope"><c>node</c> or <c>link</c>: where to look the id up.</param>
/// <param name="Id">The node or link id.</param>
/// <param name="What">What goods wait for, in words (<c>waiting for a berth</c>); empty in files written before links were ranked.</param>
internal sealed record BottleneckPlace(string Scope, string Id, string What);
