namespace Corridors.Core.Model;

/// <summary>
/// Maps simulated hours to the calendar: hour 0 is midnight at the start of the scenario's start date.
/// Used for monthly demand factors and for seasonal windows that recur every year.
/// </summary>
public sealed class ScenarioCalendar
{
    private readonly DateOnly _start;

    /// <summary>Initializes the calendar whose hour 0 is the start of <paramref name="start"/>.</summary>
    public ScenarioCalendar(DateOnly start) => _start = start;

    /// <summary>Gets the hours from the start to midnight at the beginning of <paramref name="date"/> (negative before the start).</summary>
    public double HoursAt(DateOnly date) => (date.DayNumber - _start.DayNumber) * 24.0;

    /// <summary>Gets the month (1–12) at <paramref name="hours"/>.</summary>
    public int MonthAt(double hours) => _start.AddDays((int)Math.Floor(hours / 24)).Month;

    /// <summary>Gets the hour at which the month containing <paramref name="hours"/> ends.</summary>
    public double EndOfMonthAt(double hours)
    {
        var date = _start.AddDays((int)Math.Floor(hours / 24));
        return HoursAt(new DateOnly(date.Year, date.Month, 1).AddMonths(1));
    }

    /// <summary>
    /// Returns every occurrence of the yearly window <paramref name="from"/>–<paramref name="to"/> (both days inclusive)
    /// that overlaps [0, <paramref name="horizonHours"/>), clipped to it, in time order. A window whose
    /// end day comes before its start day spans the new year.
    /// </summary>
    public IReadOnlyList<(double FromHours, double ToHours)> Windows(MonthDay from, MonthDay to, double horizonHours)
    {
        var windows = new List<(double, double)>();
        var lastYear = _start.AddDays((int)Math.Ceiling(horizonHours / 24) + 1).Year;
        for (var year = _start.Year - 1; year <= lastYear; year++)
        {
            var start = Day(year, from);
            var endYear = (to.Month, to.Day).CompareTo((from.Month, from.Day)) < 0 ? year + 1 : year;
            var end = Day(endYear, to).AddDays(1);
            var a = Math.Max(0, HoursAt(start));
            var b = Math.Min(horizonHours, HoursAt(end));
            if (b > a)
            {
                windows.Add((a, b));
            }
        }

        return windows;
    }

    // 29 February in a common year falls back to 28 February.
    private static DateOnly Day(int year, MonthDay day) =>
        new(year, day.Month, Math.Min(day.Day, DateTime.DaysInMonth(year, day.Month)));
}
