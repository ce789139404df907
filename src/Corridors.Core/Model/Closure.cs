namespace Corridors.Core.Model;

/// <summary>
/// Capacity of the targets is multiplied by <see cref="CapacityFactor"/> between two times: 0 closes
/// them (nothing starts service or departs), a factor in (0, 1) slows service and shrinks departures.
/// </summary>
public sealed record Closure : Disruption
{
    /// <summary>Gets the node and link ids affected.</summary>
    public required IReadOnlyList<string> Targets { get; init; }

    /// <summary>Gets the start, hours from the scenario start (≥ 0).</summary>
    public required double FromHours { get; init; }

    /// <summary>Gets the end, hours from the scenario start (&gt; start).</summary>
    public required double ToHours { get; init; }

    /// <summary>Gets the capacity factor while in force, 0 ≤ factor &lt; 1.</summary>
    public double CapacityFactor { get; init; }
}
