namespace Corridors.Core.Model;

/// <summary>Between two times, the volume of the named flows (all flows when empty) is multiplied by a factor.</summary>
public sealed record DemandShock : Disruption
{
    /// <summary>Gets the flow ids affected; empty means every flow.</summary>
    public required IReadOnlyList<string> Flows { get; init; }

    /// <summary>Gets the start, hours from the scenario start (≥ 0).</summary>
    public required double FromHours { get; init; }

    /// <summary>Gets the end, hours from the scenario start (&gt; start).</summary>
    public required double ToHours { get; init; }

    /// <summary>Gets the factor (≥ 0; 0 stops the flows).</summary>
    public required double Factor { get; init; }
}
