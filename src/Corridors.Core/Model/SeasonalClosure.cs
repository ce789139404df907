namespace Corridors.Core.Model;

/// <summary>
/// A window that recurs every year between two calendar days (ice on the northern Caspian: 13 Dec –
/// 5 Mar); the window may span the new year. The capacity factor applies as for a <see cref="Closure"/>.
/// </summary>
public sealed record SeasonalClosure : Disruption
{
    /// <summary>Gets the node and link ids affected.</summary>
    public required IReadOnlyList<string> Targets { get; init; }

    /// <summary>Gets the first day of the window.</summary>
    public required MonthDay From { get; init; }

    /// <summary>Gets the last day of the window (inclusive).</summary>
    public required MonthDay To { get; init; }

    /// <summary>Gets the capacity factor while in force, 0 ≤ factor &lt; 1.</summary>
    public double CapacityFactor { get; init; }
}
