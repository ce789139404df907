namespace Corridors.Core.Analysis;

/// <summary>
/// Whether a difference matters, not only whether it is real. With many replications and common random
/// numbers a change of 0.001 percentage points can be significant; a planner cannot act on it. Each
/// measure has a resolution — the smallest change worth reading — and a mean difference below it is
/// "no change" whatever its interval says. A relative change is given only where the base is at least
/// one resolution away from zero: relative to a base of ~0 it is noise divided by noise.
/// The resolutions are listed in docs/outputs.md ("Comparisons") and in the help of <c>corridors compare</c>.
/// </summary>
public static class PracticalChange
{
    private const double Tonnes = 1000;        // 1 kt/yr
    private const double Teu = 10;             // 10 TEU/yr
    private const double Hours = 0.1;          // 0.1 h
    private const double Fraction = 0.005;     // 0.5 percentage points
    private const double PerTonne = 0.5;       // 0.5 USD/t, 0.5 kg CO2/t
    private const double TonneKm = 1e6;        // a million tonne-km (1 kt carried 1000 km)
    private const double Count = 1;            // one shipment, departure or reroute
    private const double MeanNumber = 0.1;     // 0.1 shipments present, queued or travelling on average

    /// <summary>Gets the smallest difference of <paramref name="key"/>'s measure, in its own unit, that counts as a change; 0 for a measure without one (every difference counts).</summary>
    public static double Resolution(MetricKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Measure switch
        {
            "tonnes_per_year" => Tonnes,
            "teu_per_year" => Teu,
            "utilization" or "load_factor" or "share" => Fraction,
            "usd_per_t" or "co2_kg_per_t" => PerTonne,
            "tonne_km" => TonneKm,
            "shipments" or "arrivals" or "departures" or "blocked_shipments" or "reroutes" or "generated" or "delivered" or "in_system" or "messages" => Count,
            "mean_queue" or "mean_present" or "mean_in_service" or "mean_blocked" or "mean_waiting" or "mean_travelling" => MeanNumber,
            "hours_closed" or "blocked_hours" => Hours,
            "undelivered_t" => Tonnes,
            "undelivered_share" => Fraction,
            var m when m.EndsWith("_h", StringComparison.Ordinal) => Hours,
            _ => 0,
        };
    }

    /// <summary>Gets what <paramref name="d"/> means in practice.</summary>
    public static ChangeVerdict Verdict(PairedDifference d)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (double.IsNaN(d.BaseMean) && d.Presence == Presence.AltOnly)
        {
            return ChangeVerdict.OnlyInAlternative;
        }

        if (double.IsNaN(d.AltMean) && d.Presence == Presence.BaseOnly)
        {
            return ChangeVerdict.OnlyInBase;
        }

        if (d.Difference.N == 0 || double.IsNaN(d.Difference.Mean))
        {
            return ChangeVerdict.Undefined;
        }

        return Math.Abs(d.Difference.Mean) < Resolution(d.Key) ? ChangeVerdict.NoChange
            : d.IsSignificant ? ChangeVerdict.Changed
            : ChangeVerdict.WithinNoise;
    }

    /// <summary>Gets the mean difference relative to the base mean, or NaN where the base is within one resolution of zero (or undefined).</summary>
    public static double RelativeChange(PairedDifference d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var floor = Math.Max(Resolution(d.Key), double.Epsilon);
        return Math.Abs(d.BaseMean) >= floor ? d.RelativeChange : double.NaN;
    }

    /// <summary>Gets the verdict as compare.csv writes it: <c>changed</c>, <c>within_noise</c>, <c>no_change</c>, <c>only_in_base</c>, <c>only_in_alternative</c>, <c>undefined</c>.</summary>
    public static string Token(ChangeVerdict verdict) => verdict switch
    {
        ChangeVerdict.Changed => "changed",
        ChangeVerdict.WithinNoise => "within_noise",
        ChangeVerdict.NoChange => "no_change",
        ChangeVerdict.OnlyInBase => "only_in_base",
        ChangeVerdict.OnlyInAlternative => "only_in_alternative",
        _ => "undefined",
    };
}
