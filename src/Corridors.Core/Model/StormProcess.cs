using Corridors.Kernel.Distributions;

namespace Corridors.Core.Model;

/// <summary>
/// Weather closures as a renewal process: fair-weather spells of <see cref="IntervalHours"/>
/// alternate with closures of <see cref="DurationHours"/>. Spells that start outside the storm
/// months are skipped to the next storm month. With <see cref="Shared"/> the targets are one weather
/// area: one draw closes and reopens them all at the same times; otherwise each target draws its own
/// episodes from its own stream.
/// </summary>
public sealed record StormProcess : Disruption
{
    /// <summary>Gets the node and link ids affected.</summary>
    public required IReadOnlyList<string> Targets { get; init; }

    /// <summary>Gets the time between the end of one closure and the start of the next, in hours.</summary>
    public required Distribution IntervalHours { get; init; }

    /// <summary>Gets the length of a closure, in hours.</summary>
    public required Distribution DurationHours { get; init; }

    /// <summary>Gets the months (1–12) in which closures may start; null is all year.</summary>
    public IReadOnlyList<int>? Months { get; init; }

    /// <summary>Gets whether the targets share one weather (one draw for all) rather than each drawing its own storms.</summary>
    public bool Shared { get; init; }

    /// <summary>Gets the capacity factor during a closure, 0 ≤ factor &lt; 1.</summary>
    public double CapacityFactor { get; init; }
}
