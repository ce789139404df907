namespace Corridors.Kernel.Statistics;

/// <summary>
/// The arithmetic of a <see cref="TimeWeighted"/> as a mutable struct, for an owner that keeps it
/// inline among its own fields (issue 16) and resets it itself at the end of the warm-up. Keep it
/// in a field, never a copy.
/// </summary>
public struct InlineTimeWeighted
{
    private double _level;
    private double _lastChange;
    private double _area;
    private double _start;

    /// <summary>Gets the current level.</summary>
    public readonly double Level => _level;

    /// <summary>Gets the largest level seen since the last reset.</summary>
    public double Max { readonly get; private set; }

    /// <summary>Sets the level to <paramref name="level"/> from <paramref name="nowHours"/> on.</summary>
    public void Set(double nowHours, double level)
    {
        _area += _level * (nowHours - _lastChange);
        _lastChange = nowHours;
        _level = level;
        if (level > Max)
        {
            Max = level;
        }
    }

    /// <summary>Adds <paramref name="delta"/> to the level from <paramref name="nowHours"/> on.</summary>
    public void Add(double nowHours, double delta) => Set(nowHours, _level + delta);

    /// <summary>Gets the area under the level (level × hours) from the last reset to <paramref name="nowHours"/>.</summary>
    public readonly double Area(double nowHours) => _area + (_level * (nowHours - _lastChange));

    /// <summary>Gets the time average from the last reset to <paramref name="nowHours"/>; 0 over an empty interval.</summary>
    public readonly double Mean(double nowHours)
    {
        var span = nowHours - _start;
        return span > 0 ? Area(nowHours) / span : 0;
    }

    /// <summary>Starts a new observation period at <paramref name="nowHours"/>, keeping the current level.</summary>
    public void Reset(double nowHours)
    {
        _area = 0;
        _start = nowHours;
        _lastChange = nowHours;
        Max = _level;
    }
}
