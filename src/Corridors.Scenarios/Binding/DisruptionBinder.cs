using System.Globalization;
using Corridors.Core.Model;
using Corridors.Kernel.Distributions;
using Corridors.Scenarios.Loading;
using Corridors.Scenarios.Text;
using Corridors.Scenarios.Yaml;

namespace Corridors.Scenarios.Binding;

/// <summary>
/// Binds <c>disruptions:</c> of five kinds. Dates are calendar days counted from the experiment's start
/// date; a window's <c>to</c> day is included. A target naming a two-way link affects both directions.
/// </summary>
internal static class DisruptionBinder
{
    private enum Kind
    {
        Closure,
        Seasonal,
        Storms,
        CapacityChange,
        DemandShock,
    }

    private static readonly IReadOnlyList<(string Word, Kind Value)> Kinds =
    [
        ("closure", Kind.Closure),
        ("seasonal", Kind.Seasonal),
        ("storms", Kind.Storms),
        ("capacity-change", Kind.CapacityChange),
        ("demand-shock", Kind.DemandShock),
    ];

    /// <summary>Reads every disruption.</summary>
    public static List<Disruption> Bind(MapReader root)
    {
        var disruptions = new List<Disruption>();
        foreach (var (id, r, sites) in Elements.Of(root, "disruptions", "disruption", required: false))
        {
            if (r?.Choice("kind", Kinds, required: true) is not { } kind)
            {
                sites.Fail("");
                continue;
            }

            Disruption d = kind switch
            {
                Kind.Closure => Closure(id, r),
                Kind.Seasonal => new SeasonalClosure
                {
                    Id = id,
                    Targets = Targets(r),
                    From = r.MonthDay("from", "From", required: true) ?? new MonthDay(1, 1),
                    To = r.MonthDay("to", "To", required: true) ?? new MonthDay(1, 1),
                    CapacityFactor = Factor(r),
                },
                Kind.Storms => new StormProcess
                {
                    Id = id,
                    Targets = Targets(r),
                    IntervalHours = r.Distribution("interval", Dimension.Duration, "IntervalHours", required: true) ?? new ConstantDistribution(1),
                    DurationHours = r.Distribution("duration", Dimension.Duration, "DurationHours", required: true) ?? new ConstantDistribution(1),
                    Months = Elements.Words(r, "months", Vocabulary.Months, "Months"),
                    Shared = r.Bool("shared", "Shared") ?? false,
                    CapacityFactor = Factor(r),
                },
                Kind.CapacityChange => new CapacityChange
                {
                    Id = id,
                    Targets = Targets(r),
                    AtHours = Hours(r, "at", "AtHours", endOfDay: false) ?? 0,
                    Factor = r.Number("factor", "Factor", required: true) ?? 1,
                },
                _ => Shock(id, r),
            };
            Elements.Common(r);
            r.Finish();
            disruptions.Add(d);
        }

        return disruptions;
    }

    private static Closure Closure(string id, MapReader r)
    {
        var targets = Targets(r);
        var (from, to) = Window(r, "FromHours", "ToHours");
        return new Closure { Id = id, Targets = targets, FromHours = from, ToHours = to, CapacityFactor = Factor(r) };
    }

    private static DemandShock Shock(string id, MapReader r)
    {
        var flows = Ids(r, "flows", "Flows", ReferenceKind.Flow, false);
        var (from, to) = Window(r, "FromHours", "ToHours");
        return new DemandShock { Id = id, Flows = flows, FromHours = from, ToHours = to, Factor = r.Number("factor", "Factor", required: true) ?? 1 };
    }

    private static List<string> Targets(MapReader r) =>
        [.. Ids(r, "targets", "Targets", ReferenceKind.Target, true)
            .SelectMany(t => r.Context.TwoWayLinks.Contains(t) ? new[] { t, t + LinkBinder.ReverseSuffix } : new[] { t })];

    private static List<string> Ids(MapReader r, string key, string field, ReferenceKind kind, bool required)
    {
        var items = r.List(key, single: true, field, required) ?? [];
        r.Sites?.Items(field, items.Select(s => (s.Value, new Site(s, r.PathOf(key)))));
        r.Sites?.Reference(field, kind);
        return [.. items.Select(s => s.Value)];
    }

    private static double Factor(MapReader r) => r.Number("capacity_factor", "CapacityFactor") ?? 0;

    private static (double From, double To) Window(MapReader r, string fromField, string toField)
    {
        var from = Hours(r, "from", fromField, endOfDay: false);
        var to = Hours(r, "to", toField, endOfDay: true);
        if (from is null || to is null)
        {
            return (from ?? 0, to ?? 1);
        }

        if (to <= from)
        {
            r.Problem("to", $"is {Show(r, "to")}, before from ({Show(r, "from")}); expected a day on or after from", toField);
        }

        return (from.Value, to.Value);
    }

    // Hours from the start of the run to the start of the day (or, for the last day of a window, its end).
    private static double? Hours(MapReader r, string key, string field, bool endOfDay)
    {
        var date = r.Date(key, field, required: true);
        if (date is null || r.Context.StartDate is not { } start)
        {
            r.Fail(field);
            return null;
        }

        if (date < start)
        {
            r.Problem(key, $"is {Show(r, key)}, before the experiment starts ({start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}); expected a day on or after the start", field);
            return null;
        }

        return (date.Value.DayNumber - start.DayNumber + (endOfDay ? 1 : 0)) * 24.0;
    }

    private static string Show(MapReader r, string key) => (r.Map.Find(key)?.Value as YScalar)?.Value ?? "";
}
