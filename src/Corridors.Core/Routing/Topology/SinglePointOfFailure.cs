namespace Corridors.Core.Routing.Topology;

/// <summary>A node or link whose closure leaves some flows without any route.</summary>
/// <param name="Kind">Node or link.</param>
/// <param name="Id">Its id.</param>
/// <param name="TonnesPerYearAtRisk">The annual tonnes of those flows together.</param>
/// <param name="Flows">The flows that lose every route, by id.</param>
public sealed record SinglePointOfFailure(NetworkElementKind Kind, string Id, double TonnesPerYearAtRisk, IReadOnlyList<string> Flows);
