namespace Corridors.Kernel.Statistics;

/// <summary>
/// Count, mean, variance, minimum and maximum of observations (waiting times, transit times).
/// Sums are kept relative to the first observation (the shifted-data algorithm), which keeps the
/// variance accurate when the spread is small next to the mean, and costs no division per observation.
/// </summary>
public sealed class Tally : IWarmupResettable
{
    private double _shift;
    private double _sumShifted;
    private double _sumSquaresShifted;

    /// <summary>Gets the number of observations.</summary>
    public long Count { get; private set; }

    /// <summary>Gets the sum of the observations.</summary>
    public double Sum => Count == 0 ? 0 : (_shift * Count) + _sumShifted;

    /// <summary>Gets the mean; NaN when empty.</summary>
    public double Mean => Count > 0 ? _shift + (_sumShifted / Count) : double.NaN;

    /// <summary>Gets the sample variance (n − 1 denominator); NaN with fewer than two observations.</summary>
    public double Variance => Count > 1
        ? Math.Max(0, (_sumSquaresShifted - (_sumShifted * _sumShifted / Count)) / (Count - 1))
        : double.NaN;

    /// <summary>Gets the smallest observation; NaN when empty.</summary>
    public double Min { get; private set; } = double.NaN;

    /// <summary>Gets the largest observation; NaN when empty.</summary>
    public double Max { get; private set; } = double.NaN;

    /// <summary>Adds one observation.</summary>
    public void Add(double value)
    {
        if (Count == 0)
        {
            _shift = value;
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

        Count++;
        var d = value - _shift;
        _sumShifted += d;
        _sumSquaresShifted += d * d;
    }

    /// <inheritdoc />
    public void Reset(double nowHours)
    {
        Count = 0;
        _shift = 0;
        _sumShifted = 0;
        _sumSquaresShifted = 0;
        Min = double.NaN;
        Max = double.NaN;
    }
}
