namespace Corridors.Scenarios.Plans;

/// <summary>One swept parameter of a batch plan.</summary>
/// <param name="Path">Dotted path into the scenario document (<c>nodes.olya.berths.servers</c>, <c>scale_all_demand</c>).</param>
/// <param name="Values">Its values as YAML text, in the plan's order (<c>9</c>, <c>'exp(mean: 6 h)'</c>).</param>
public sealed record PlanParameter(string Path, IReadOnlyList<string> Values);
