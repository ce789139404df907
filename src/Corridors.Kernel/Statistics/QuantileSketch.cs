namespace Corridors.Kernel.Statistics;

/// <summary>
/// Quantiles of non-negative observations (transit times) in bounded memory with a relative-error
/// guarantee: values fall into buckets whose upper bound is at most γ = (1 + α)/(1 − α) times their
/// lower bound, and a quantile is reported as its bucket's representative, within α × value of the
/// exact order statistic (α = 0.5 %). Results are clamped to the exact minimum and maximum, so a
/// constant input is reported exactly.
/// </summary>
/// <remarks>
/// The idea is the DDSketch of Masson, Rim and Lee (VLDB 2019), with its linearly interpolated
/// mapping: the bucket index comes from the float's exponent and mantissa, not a logarithm, so an
/// observation costs a few integer operations. Adding allocates only when the range of observed
/// magnitudes widens, never per observation in steady state.
/// </remarks>
public sealed class QuantileSketch : IWarmupResettable
{
    /// <summary>The relative accuracy α of reported quantiles.</summary>
    public const double RelativeAccuracy = 0.005;

    // Values below this are counted as zero: a millisecond-scale transit time is no time at all.
    private const double ZeroThreshold = 1e-9;

    // Buckets per unit of the interpolated log2 (exponent + mantissa − 1). Its slope against ln x is
    // at most 1, so buckets 1/ln γ wide in it are at most γ wide in ratio.
    private static readonly double Multiplier = 1 / Math.Log((1 + RelativeAccuracy) / (1 - RelativeAccuracy));

    private long[] _counts = [];
    private int _offset;
    private long _zeroCount;

    /// <summary>Gets the number of observations.</summary>
    public long Count { get; private set; }

    /// <summary>Gets the smallest observation; NaN when empty.</summary>
    public double Min { get; private set; } = double.NaN;

    /// <summary>Gets the largest observation; NaN when empty.</summary>
    public double Max { get; private set; } = double.NaN;

    /// <summary>Adds one observation.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, infinite or NaN.</exception>
    public void Add(double value)
    {
        if (!(value >= 0) || double.IsPositiveInfinity(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "quantile observations must be finite and ≥ 0");
        }

        Min = Count == 0 || value < Min ? value : Min;
        Max = Count == 0 || value > Max ? value : Max;
        Count++;
        if (value < ZeroThreshold)
        {
            _zeroCount++;
            return;
        }

        var index = (int)Math.Floor(InterpolatedLog2(value) * Multiplier);
        if ((uint)(index - _offset) >= (uint)_counts.Length)
        {
            EnsureBucket(index);
        }

        _counts[index - _offset]++;
    }

    /// <summary>Gets the <paramref name="q"/>-quantile (0 ≤ q ≤ 1, lower order statistic at rank ⌊q·(n−1)⌋); NaN when empty.</summary>
    public double Quantile(double q)
    {
        if (!(q >= 0 && q <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(q), q, "a quantile level must lie in [0, 1]");
        }

        if (Count == 0)
        {
            return double.NaN;
        }

        var rank = (long)Math.Floor(q * (Count - 1));
        if (rank < _zeroCount)
        {
            return Min;
        }

        var seen = _zeroCount;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += _counts[i];
            if (seen > rank)
            {
                var low = InverseInterpolatedLog2((i + _offset) / Multiplier);
                var high = InverseInterpolatedLog2((i + _offset + 1) / Multiplier);
                return Math.Clamp(2 * low * high / (low + high), Min, Max);
            }
        }

        return Max;
    }

    /// <summary>Adds every observation of <paramref name="other"/> to this sketch.</summary>
    public void Merge(QuantileSketch other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Count == 0)
        {
            return;
        }

        for (var i = 0; i < other._counts.Length; i++)
        {
            if (other._counts[i] > 0)
            {
                EnsureBucket(i + other._offset);
                _counts[i + other._offset - _offset] += other._counts[i];
            }
        }

        _zeroCount += other._zeroCount;
        Min = Count == 0 ? other.Min : Math.Min(Min, other.Min);
        Max = Count == 0 ? other.Max : Math.Max(Max, other.Max);
        Count += other.Count;
    }

    /// <inheritdoc />
    public void Reset(double nowHours)
    {
        Array.Clear(_counts);
        _zeroCount = 0;
        Count = 0;
        Min = double.NaN;
        Max = double.NaN;
    }

    // e + (m − 1) for value = m·2^e with m in [1, 2): exact at powers of two, linear in between.
    private static double InterpolatedLog2(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF) - 1023;
        var fraction = (bits & 0xFFFFFFFFFFFFFL) * (1.0 / (1L << 52));
        return exponent + fraction;
    }

    private static double InverseInterpolatedLog2(double y)
    {
        var exponent = Math.Floor(y);
        return Math.ScaleB(1 + (y - exponent), (int)exponent);
    }

    private void EnsureBucket(int index)
    {
        if (_counts.Length == 0)
        {
            _counts = new long[64];
            _offset = index - 32;
            return;
        }

        var low = Math.Min(_offset, index);
        var high = Math.Max(_offset + _counts.Length - 1, index);
        if (low == _offset && high == _offset + _counts.Length - 1)
        {
            return;
        }

        // Grow with slack on the side that overflowed so a drifting range does not regrow each time.
        var length = Math.Max(high - low + 1, _counts.Length * 2);
        var newOffset = index < _offset ? high - length + 1 : low;
        var grown = new long[length];
        Array.Copy(_counts, 0, grown, _offset - newOffset, _counts.Length);
        _counts = grown;
        _offset = newOffset;
    }
}
