namespace Corridors.Core.Model;

/// <summary>How a scenario is run.</summary>
/// <param name="HorizonHours">Length of each replication in hours (&gt; warm-up).</param>
/// <param name="WarmupHours">Initial period whose statistics are discarded (≥ 0).</param>
/// <param name="Replications">Number of independent replications (≥ 1).</param>
/// <param name="Seed">The scenario seed; replication r draws from streams keyed by (seed, r, actor, purpose).</param>
/// <param name="StartDate">The calendar date at hour 0 (for seasons and monthly demand).</param>
public sealed record ExperimentSpec(double HorizonHours, double WarmupHours, int Replications, ulong Seed, DateOnly StartDate)
{
    /// <summary>
    /// Gets the step in hours of the per-node time series (number waiting, hours closed) recorded after
    /// the warm-up for timeseries.csv and the report's queue charts; 0 records none. Default: a day.
    /// Recording reads statistics between steps and sends no message, so it changes no other figure.
    /// </summary>
    public double SeriesStepHours { get; init; } = 24;
}
