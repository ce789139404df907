using Corridors.Core.Analysis;

namespace Corridors.Core.Reports;

/// <summary>The summary columns shared by nodes.csv, links.csv and flows.csv, and the JSON object of one figure; ci_low is bounded at 0 (<see cref="MetricSummary.NonNegativeLow"/>).</summary>
internal static class ReportColumns
{
    public const string SummaryHeader = "n,mean,sd,half_width,ci_low,ci_high,p05,p50,p95,min,max";

    public static string SummaryCells(MetricSummary s) => string.Join(',',
        s.N.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Numbers.Csv(s.Mean), Numbers.Csv(s.StdDev), Numbers.Csv(s.HalfWidth),
        Numbers.Csv(s.NonNegativeLow), Numbers.Csv(s.High),
        Numbers.Csv(s.P05), Numbers.Csv(s.P50), Numbers.Csv(s.P95), Numbers.Csv(s.Min), Numbers.Csv(s.Max));
}
