namespace Corridors.Kernel.Statistics;

/// <summary>
/// The arithmetic of a <see cref="Tally"/> as a mutable struct, for an owner that keeps it inline
/// among its own fields (hot per-event statistics: no object of its own to reach through a pointer,
/// issue 16) and resets it itself at the end of the warm-up. Keep it in a field, never a copy.
/// </summary>
public struct InlineTally
{
    private double _shift;
    private double _sumShifted;
    private double _sumSquaresShifted;
    private double _min;
    private double _max;

    /// <summary>Gets the number of observations.</summary>
    public long Count { readonly get; private set; }

    /// <summary>Gets the sum of the observations.</summary>
    public readonly double Sum => Count == 0 ? 0 : (_shift * Count) + _sumShifted;

    /// <summary>Gets the mean; NaN when empty.</summary>
    public readonly double Mean => Count > 0 ? _shift + (_sumShifted / Count) : double.NaN;

    /// <summary>Gets the sample variance (n − 1 denominator); NaN with fewer than two observations.</summary>
    public readonly double Variance => Count > 1
        ? Math.Max(0, (_sumSquaresShifted - (_sumShifted * _sumShifted / Count)) / (Count - 1))
        : double.NaN;

    /// <summary>Gets the smallest observation; NaN when empty.</summary>
    public readonly double Min => Count == 0 ? double.NaN : _min;

    /// <summary>Gets the largest observation; NaN when empty.</summary>
    public readonly double Max => Count == 0 ? double.NaN : _max;

    /// <summary>Records one observation.</summary>
    public void Add(double value)
    {
        if (Count == 0)
        {
            _shift = value;
            _min = value;
            _max = value;
        }
        else if (value < _min)
        {
            _min = value;
        }
        else if (value > _max)
        {
            _max = value;
        }

        Count++;
        var d = value - _shift;
        _sumShifted += d;
        _sumSquaresShifted += d * d;
    }

    /// <summary>Discards every observation.</summary>
    public void Reset() => this = default;
}
