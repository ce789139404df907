namespace Corridors.Core.Results;

/// <summary>
/// The goods in the system at the end of the warm-up and at the horizon. The difference is how much
/// the backlog grew over the measured period: about zero in steady state, growing with the horizon
/// in an overloaded system (docs/outputs.md, "Steady state").
/// </summary>
public sealed record Backlog
{
    /// <summary>Gets what was in the system when the warm-up ended.</summary>
    public required BacklogSnapshot AtWarmup { get; init; }

    /// <summary>Gets what was in the system at the horizon.</summary>
    public required BacklogSnapshot AtHorizon { get; init; }
}
