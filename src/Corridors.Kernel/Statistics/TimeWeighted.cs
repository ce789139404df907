namespace Corridors.Kernel.Statistics;

/// <summary>
/// The time average of a piecewise-constant level (number waiting, berths busy): the area under
/// the level divided by the observed time. Update it whenever the level changes.
/// </summary>
public sealed class TimeWeighted : IWarmupResettable
{
    private double _level;
    private double _lastChange;
    private double _area;
    private double _start;

    /// <summary>Gets the current level.</summary>
    public double Level => _level;

    /// <summary>Gets the largest level seen since the last reset.</summary>
    public double Max { get; private set; }

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
    public double Area(double nowHours) => _area + (_level * (nowHours - _lastChange));

    /// <summary>Gets the time average from the last reset to <paramref name="nowHours"/>; 0 over an empty interval.</summary>
    public double Mean(double nowHours)
    {
        var span = nowHours - _start;
        return span > 0 ? Area(nowHours) / span : 0;
    }

    /// <inheritdoc />
    public void Reset(double nowHours)
    {
        _area = 0;
        _start = nowHours;
        _lastChange = nowHours;
        Max = _level;
    }
}
