namespace Corridors.Core.Model;

/// <summary>From a time on, the targets' capacity is multiplied by a factor for good (a new berth: 1.25; a dredging shortfall: 0.8).</summary>
public sealed record CapacityChange : Disruption
{
    /// <summary>Gets the node and link ids affected.</summary>
    public required IReadOnlyList<string> Targets { get; init; }

    /// <summary>Gets when the change takes effect, hours from the scenario start (≥ 0).</summary>
    public required double AtHours { get; init; }

    /// <summary>Gets the factor (&gt; 0).</summary>
    public required double Factor { get; init; }
}
