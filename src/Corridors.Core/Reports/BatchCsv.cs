using Corridors.Core.Analysis;

namespace Corridors.Core.Reports;

/// <summary>Writes batch.csv: the headline figures of every scenario of a batch, one row per scenario and figure.</summary>
public static class BatchCsv
{
    /// <summary>Writes <paramref name="rows"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, IReadOnlyList<(string Scenario, MetricRow Row)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        AtomicFile.Write(path, w =>
        {
            w.WriteLine($"scenario,scope,id,measure,{ReportColumns.SummaryHeader}");
            foreach (var (scenario, row) in rows)
            {
                w.WriteLine($"{Numbers.CsvText(scenario)},{row.Key.Scope},{Numbers.CsvText(row.Key.Id)},{row.Key.Measure},{ReportColumns.SummaryCells(row.Key.Measure, row.Summary)}");
            }
        });
    }
}
