using Corridors.Scenarios.Yaml;

namespace Corridors.Scenarios.Loading;

/// <summary>
/// A scenario after <c>extends</c> is resolved: one merged tree whose nodes still carry the file and
/// position they came from, and each flow's accumulated volume factor.
/// </summary>
/// <param name="Root">The merged top-level mapping (without <c>extends</c> and <c>scale_all_demand</c>).</param>
/// <param name="FlowScale">Factor per flow id; a flow without an entry has factor 1.</param>
internal sealed record ScenarioDocument(YMap Root, IReadOnlyDictionary<string, double> FlowScale);
