namespace Corridors.Core.Routing.Topology;

/// <summary>What <see cref="NetworkAnalysis"/> finds in a scenario's network.</summary>
/// <param name="Scenario">The scenario name.</param>
/// <param name="Vertices">Vertices of the expanded network.</param>
/// <param name="Edges">Edges of the expanded network.</param>
/// <param name="Modes">Each mode that has an open link, in the order of <see cref="Model.TransportMode"/>.</param>
/// <param name="Overall">All modes together.</param>
/// <param name="SinglePointsOfFailure">Nodes and links whose closure strands some flow, most tonnes first.</param>
/// <param name="Flows">Each flow's redundancy, in model order.</param>
public sealed record NetworkReport(
    string Scenario,
    int Vertices,
    int Edges,
    IReadOnlyList<LayerStructure> Modes,
    LayerStructure Overall,
    IReadOnlyList<SinglePointOfFailure> SinglePointsOfFailure,
    IReadOnlyList<FlowRedundancy> Flows);
