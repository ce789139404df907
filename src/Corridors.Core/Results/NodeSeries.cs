namespace Corridors.Core.Results;

/// <summary>
/// One replication's per-node time series after the warm-up: for each step, the time-average number
/// waiting (queued or blocked) and the hours the node was closed. Step k covers
/// [<see cref="StartHours"/> + k·<see cref="StepHours"/>, the next step or the horizon).
/// </summary>
public sealed record NodeSeries
{
    /// <summary>Gets the start of the first step, hours from the scenario start (the end of the warm-up).</summary>
    public required double StartHours { get; init; }

    /// <summary>Gets the step length in hours (the last step may be shorter: it ends at the horizon).</summary>
    public required double StepHours { get; init; }

    /// <summary>Gets the end of the last step (the horizon).</summary>
    public required double EndHours { get; init; }

    /// <summary>Gets, per node in model order, the time-average number waiting in each step.</summary>
    public required IReadOnlyList<double[]> Waiting { get; init; }

    /// <summary>Gets, per node in model order, the hours closed in each step.</summary>
    public required IReadOnlyList<double[]> ClosedHours { get; init; }
}
