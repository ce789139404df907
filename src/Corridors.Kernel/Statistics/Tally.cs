namespace Corridors.Kernel.Statistics;

/// <summary>
/// Count, mean, variance, minimum and maximum of observations (waiting times, transit times).
/// Sums are kept relative to the first observation (the shifted-data algorithm), which keeps the
/// variance accurate when the spread is small next to the mean, and costs no division per observation.
/// </summary>
public sealed class Tally : IWarmupResettable
{
    private InlineTally _tally;

    /// <summary>Gets the number of observations.</summary>
    public long Count => _tally.Count;

    /// <summary>Gets the sum of the observations.</summary>
    public double Sum => _tally.Sum;

    /// <summary>Gets the mean; NaN when empty.</summary>
    public double Mean => _tally.Mean;

    /// <summary>Gets the sample variance (n − 1 denominator); NaN with fewer than two observations.</summary>
    public double Variance => _tally.Variance;

    /// <summary>Gets the smallest observation; NaN when empty.</summary>
    public double Min => _tally.Min;

    /// <summary>Gets the largest observation; NaN when empty.</summary>
    public double Max => _tally.Max;

    /// <summary>Records one observation.</summary>
    public void Add(double value) => _tally.Add(value);

    /// <inheritdoc />
    public void Reset(double nowHours) => _tally.Reset();
}
