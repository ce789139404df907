namespace Corridors.Kernel.Statistics;

/// <summary>A statistic that forgets what it collected before the end of the warm-up.</summary>
public interface IWarmupResettable
{
    /// <summary>Discards what was collected; collection restarts at <paramref name="nowHours"/>.</summary>
    void Reset(double nowHours);
}
