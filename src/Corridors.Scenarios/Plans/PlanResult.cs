namespace Corridors.Scenarios.Plans;

/// <summary>What loading a batch plan gave: the plan, or null when there are errors, and every diagnostic.</summary>
/// <param name="Plan">The plan, or null.</param>
/// <param name="Diagnostics">Errors and warnings with file, line and column.</param>
public sealed record PlanResult(BatchPlan? Plan, IReadOnlyList<Diagnostic> Diagnostics);
