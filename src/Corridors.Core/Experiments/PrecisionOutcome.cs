using Corridors.Core.Analysis;
using Corridors.Core.Results;

namespace Corridors.Core.Experiments;

/// <summary>What a run to a precision target did.</summary>
/// <param name="Results">The replications kept, numbered 0 … n − 1 (the smallest n that met the target, or the cap).</param>
/// <param name="Reached">Whether every headline figure met the target.</param>
/// <param name="Unmet">The headline figures still short of the target (empty when reached).</param>
public sealed record PrecisionOutcome(IReadOnlyList<ReplicationResult> Results, bool Reached, IReadOnlyList<MetricKey> Unmet);
