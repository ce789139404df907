namespace Corridors.Kernel.Statistics;

/// <summary>
/// The time average of a piecewise-constant level (number waiting, berths busy): the area under
/// the level divided by the observed time. Update it whenever the level changes.
/// </summary>
public sealed class TimeWeighted : IWarmupResettable
{
    private InlineTimeWeighted _level;

    /// <summary>Gets the current level.</summary>
    public double Level => _level.Level;

    /// <summary>Gets the largest level seen since the last reset.</summary>
    public double Max => _level.Max;

    /// <summary>Sets the level to <paramref name="level"/> from <paramref name="nowHours"/> on.</summary>
    public void Set(double nowHours, double level) => _level.Set(nowHours, level);

    /// <summary>Adds <paramref name="delta"/> to the level from <paramref name="nowHours"/> on.</summary>
    public void Add(double nowHours, double delta) => _level.Add(nowHours, delta);

    /// <summary>Gets the area under the level (level × hours) from the last reset to <paramref name="nowHours"/>.</summary>
    public double Area(double nowHours) => _level.Area(nowHours);

    /// <summary>Gets the time average from the last reset to <paramref name="nowHours"/>; 0 over an empty interval.</summary>
    public double Mean(double nowHours) => _level.Mean(nowHours);

    /// <inheritdoc />
    public void Reset(double nowHours) => _level.Reset(nowHours);
}
