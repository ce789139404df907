using System.Globalization;
using Corridors.Core.Analysis;
using Corridors.Core.Model;
using Corridors.Core.Results;

namespace Corridors.Core.Reports;

/// <summary>
/// Writes timeseries.csv (format in docs/outputs.md): per node and step after the warm-up, the
/// number waiting (mean over replications with its 95 % interval) and the mean hours closed. Nodes
/// where nobody ever waited and that never closed are left out, which keeps large networks small.
/// </summary>
public static class TimeSeriesCsv
{
    /// <summary>The header line.</summary>
    public const string Header = "node,start_h,end_h,date,waiting_mean,waiting_ci_low,waiting_ci_high,closed_hours_mean";

    /// <summary>Writes the file when the replications carry series; returns whether it wrote one.</summary>
    public static bool Write(string path, ScenarioModel model, IReadOnlyList<ReplicationResult> results)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0 || results.Any(r => r.Series is null))
        {
            return false;
        }

        var series = results.Select(r => r.Series!).ToList();
        var first = series[0];
        var steps = first.Waiting.Count > 0 ? first.Waiting[0].Length : 0;
        AtomicFile.Write(path, w =>
        {
            w.WriteLine(Header);
            for (var n = 0; n < model.Nodes.Count; n++)
            {
                if (series.All(s => s.Waiting[n].All(v => v == 0) && s.ClosedHours[n].All(v => v == 0)))
                {
                    continue;
                }

                var id = Numbers.CsvText(model.Nodes[n].Id);
                for (var k = 0; k < steps; k++)
                {
                    var from = first.StartHours + (k * first.StepHours);
                    var to = Math.Min(first.EndHours, from + first.StepHours);
                    var date = model.Experiment.StartDate.AddDays((int)Math.Floor(from / 24)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    var waiting = MetricSummary.Of([.. series.Select(s => s.Waiting[n][k])]);
                    var closed = series.Average(s => s.ClosedHours[n][k]);
                    w.WriteLine(string.Join(',', id, Numbers.Csv(from), Numbers.Csv(to), date, Numbers.Csv(waiting.Mean),
                        Numbers.Csv(waiting.NonNegativeLow), Numbers.Csv(waiting.High), Numbers.Csv(closed)));
                }
            }
        });
        return true;
    }
}
