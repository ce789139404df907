namespace Corridors.Core.Model.Checking;

/// <summary>Range and reference checks of disruptions.</summary>
internal static class DisruptionChecks
{
    public static void Check(Disruption disruption, ModelIndex ids, ProblemSink sink)
    {
        switch (disruption)
        {
            case Closure c:
                Targets(c.Targets, ids, sink);
                Window(c.FromHours, c.ToHours, sink);
                sink.Fraction(nameof(c.CapacityFactor), c.CapacityFactor, allowOne: false);
                break;
            case SeasonalClosure s:
                Targets(s.Targets, ids, sink);
                Day(nameof(s.From), s.From, sink);
                Day(nameof(s.To), s.To, sink);
                sink.Fraction(nameof(s.CapacityFactor), s.CapacityFactor, allowOne: false);
                break;
            case StormProcess p:
                Targets(p.Targets, ids, sink);
                sink.Positive("IntervalHours.Mean", p.IntervalHours.Mean);
                sink.Positive("DurationHours.Mean", p.DurationHours.Mean);
                if (p.Months is { } months && (months.Count == 0 || months.Any(m => m is < 1 or > 12)))
                {
                    sink.Add(nameof(p.Months), $"is [{string.Join(", ", months)}]; expected months 1–12, at least one");
                }

                sink.Fraction(nameof(p.CapacityFactor), p.CapacityFactor, allowOne: false);
                break;
            case CapacityChange change:
                Targets(change.Targets, ids, sink);
                sink.NonNegative(nameof(change.AtHours), change.AtHours);
                sink.Positive(nameof(change.Factor), change.Factor);
                break;
            case DemandShock shock:
                foreach (var flow in shock.Flows.Where(f => !ids.Flows.Contains(f)))
                {
                    sink.Add(nameof(shock.Flows), $"names flow '{flow}', which does not exist; expected a flow id");
                }

                Window(shock.FromHours, shock.ToHours, sink);
                sink.NonNegative(nameof(shock.Factor), shock.Factor);
                break;
        }
    }

    private static void Targets(IReadOnlyList<string> targets, ModelIndex ids, ProblemSink sink)
    {
        if (targets.Count == 0)
        {
            sink.Add("Targets", "is empty; expected at least one node or link id");
        }

        foreach (var t in targets.Where(t => !ids.IsTarget(t)))
        {
            sink.Add("Targets", $"names '{t}', which is neither a node nor a link; expected a node or link id");
        }
    }

    private static void Window(double from, double to, ProblemSink sink)
    {
        sink.NonNegative("FromHours", from);
        if (!(to > from))
        {
            sink.Add("ToHours", $"is {ProblemSink.Show(to)} h; expected a time after the start ({ProblemSink.Show(from)} h)");
        }
    }

    private static void Day(string field, MonthDay day, ProblemSink sink)
    {
        if (day.Month is < 1 or > 12 || day.Day < 1 || day.Day > DateTime.DaysInMonth(2024, day.Month))
        {
            sink.Add(field, $"is {day}; expected a real day of the year (month 1–12, day within the month)");
        }
    }
}
