namespace Corridors.Core.Analysis;

/// <summary>
/// When a headline figure is known well enough: its interval's half-width is within a fraction of
/// its mean, or below an absolute floor (so a figure whose mean is close to zero — a node nobody
/// waits at — does not demand endless replications). Floors: 0.1 h for times, 0.005 for
/// utilization, 1 t/yr for throughput.
/// </summary>
/// <param name="RelativeHalfWidth">The target half-width as a fraction of |mean| (&gt; 0), e.g. 0.05 for 5 %.</param>
public sealed record PrecisionRule(double RelativeHalfWidth)
{
    /// <summary>Gets whether <paramref name="row"/> meets the rule; figures that are not headline ones always do.</summary>
    public bool IsMet(MetricRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!Measures.IsHeadline(row.Key) || row.Summary.N == 0)
        {
            return true;
        }

        var s = row.Summary;
        return s.N >= 2 && (s.HalfWidth <= RelativeHalfWidth * Math.Abs(s.Mean) || s.HalfWidth <= Floor(row.Key.Measure));
    }

    private static double Floor(string measure) => measure switch
    {
        "utilization" => 0.005,
        "tonnes_per_year" => 1,
        _ => 0.1,
    };
}
