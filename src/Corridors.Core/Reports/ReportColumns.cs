using Corridors.Core.Analysis;

namespace Corridors.Core.Reports;

/// <summary>The summary columns shared by nodes.csv, links.csv and flows.csv, and the JSON object of one figure; ci_low is cut at 0 for the figures that cannot be negative (<see cref="Measures.CanBeNegative"/>).</summary>
internal static class ReportColumns
{
    public const string SummaryHeader = "n,mean,sd,half_width,ci_low,ci_high,p05,p50,p95,min,max";

    /// <summary>Gets the lower end of the interval of <paramref name="measure"/>: cut at 0 unless it can be negative.</summary>
    public static double Low(string measure, MetricSummary s) => Measures.CanBeNegative(measure) ? s.Mean - s.HalfWidth : s.NonNegativeLow;

    public static string SummaryCells(string measure, MetricSummary s) => string.Join(',',
        s.N.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Numbers.Csv(s.Mean), Numbers.Csv(s.StdDev), Numbers.Csv(s.HalfWidth),
        Numbers.Csv(Low(measure, s)), Numbers.Csv(s.High),
        Numbers.Csv(s.P05), Numbers.Csv(s.P50), Numbers.Csv(s.P95), Numbers.Csv(s.Min), Numbers.Csv(s.Max));
}
