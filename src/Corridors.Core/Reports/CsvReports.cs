using Corridors.Core.Analysis;
using Corridors.Core.Results;

namespace Corridors.Core.Reports;

/// <summary>The CSV outputs of a run (formats in docs/outputs.md). Rows come in report order; numbers round-trip.</summary>
public static class CsvReports
{
    /// <summary>Writes replications.csv: one row per replication and figure.</summary>
    public static void WriteReplications(string path, IReadOnlyList<ReplicationResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        AtomicFile.Write(path, w =>
        {
            w.WriteLine("replication,scope,id,measure,value");
            foreach (var result in results)
            {
                foreach (var v in MetricExtractor.Extract(result))
                {
                    w.Write(result.Replication);
                    w.WriteLine($",{v.Key.Scope},{Numbers.CsvText(v.Key.Id)},{v.Key.Measure},{Numbers.Csv(v.Value)}");
                }
            }
        });
    }

    /// <summary>Writes the summary rows of one scope (<c>node</c>, <c>link</c>): id, measure and the summary columns.</summary>
    public static void WriteScope(string path, ExperimentSummary summary, string scope)
    {
        ArgumentNullException.ThrowIfNull(summary);
        AtomicFile.Write(path, w =>
        {
            w.WriteLine($"id,measure,{ReportColumns.SummaryHeader}");
            foreach (var row in summary.Metrics.Where(r => r.Key.Scope == scope))
            {
                w.WriteLine($"{Numbers.CsvText(row.Key.Id)},{row.Key.Measure},{ReportColumns.SummaryCells(row.Key.Measure, row.Summary)}");
            }
        });
    }

    /// <summary>Writes flows.csv: origin, destination, commodity, measure and the summary columns.</summary>
    public static void WriteFlows(string path, ExperimentSummary summary, IReadOnlyList<World.FlowKey> corridors)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(corridors);
        var byId = corridors.ToDictionary(MetricExtractor.CorridorId, StringComparer.Ordinal);
        AtomicFile.Write(path, w =>
        {
            w.WriteLine($"origin,destination,commodity,measure,{ReportColumns.SummaryHeader}");
            foreach (var row in summary.Metrics.Where(r => r.Key.Scope == "corridor"))
            {
                var k = byId[row.Key.Id];
                w.WriteLine($"{Numbers.CsvText(k.Origin)},{Numbers.CsvText(k.Destination)},{Numbers.CsvText(k.Commodity)},{row.Key.Measure},{ReportColumns.SummaryCells(row.Key.Measure, row.Summary)}");
            }
        });
    }
}
