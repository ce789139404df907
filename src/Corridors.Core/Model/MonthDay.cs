namespace Corridors.Core.Model;

/// <summary>A day of the year without a year (a recurring date).</summary>
/// <param name="Month">1–12.</param>
/// <param name="Day">1–31, valid for the month (29 February is allowed).</param>
public readonly record struct MonthDay(int Month, int Day)
{
    /// <summary>Formats as <c>--MM-DD</c>-free text: <c>12-13</c>.</summary>
    public override string ToString() => $"{Month:00}-{Day:00}";
}
