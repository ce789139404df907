namespace Corridors.Kernel.Statistics;

/// <summary>
/// Count, mean, variance, minimum and maximum of observations (waiting times, transit times), by
/// Welford's update so long runs do not lose precision. Tallies merge exactly in count and mean.
/// </summary>
public sealed class Tally : IWarmupResettable
{
    private double _mean;
    private double _m2;

    /// <summary>Gets the number of observations.</summary>
    public long Count { get; private set; }

    /// <summary>Gets the sum of the observations.</summary>
    public double Sum { get; private set; }

    /// <summary>Gets the mean; NaN when empty.</summary>
    public double Mean => Count > 0 ? _mean : double.NaN;

    /// <summary>Gets the sample variance (n − 1 denominator); NaN with fewer than two observations.</summary>
    public double Variance => Count > 1 ? _m2 / (Count - 1) : double.NaN;

    /// <summary>Gets the smallest observation; NaN when empty.</summary>
    public double Min { get; private set; } = double.NaN;

    /// <summary>Gets the largest observation; NaN when empty.</summary>
    public double Max { get; private set; } = double.NaN;

    /// <summary>Adds one observation.</summary>
    public void Add(double value)
    {
        Count++;
        Sum += value;
        var delta = value - _mean;
        _mean += delta / Count;
        _m2 += delta * (value - _mean);
        if (Count == 1)
        {
            Min = value;
            Max = value;
        }
        else if (value < Min)
        {
            Min = value;
        }
        else if (value > Max)
        {
            Max = value;
        }
    }

    /// <inheritdoc />
    public void Reset(double nowHours)
    {
        Count = 0;
        Sum = 0;
        _mean = 0;
        _m2 = 0;
        Min = double.NaN;
        Max = double.NaN;
    }
}
