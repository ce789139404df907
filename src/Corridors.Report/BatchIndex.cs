using System.Text;
using Corridors.Core.Reports;
using Corridors.Report.Data;
using Corridors.Report.Page;

namespace Corridors.Report;

/// <summary>
/// The index of a batch: index.html, a table of the scenarios (in batch.csv's order) with their headline
/// figures, each linking to the scenario's report.html, which is (re)written from its folder too.
/// </summary>
public static class BatchIndex
{
    /// <summary>The file name of a batch index.</summary>
    public const string FileName = "index.html";

    /// <summary>Writes every scenario's report.html and <paramref name="folder"/>/index.html; returns the paths written.</summary>
    /// <exception cref="ReportInputException">batch.csv is missing or a scenario folder is incomplete or of an older format.</exception>
    public static IReadOnlyList<string> Write(string folder)
    {
        var batchPath = Path.Combine(folder, "batch.csv");
        var scenarios = CsvFile.Read(batchPath, "scenario").Select(r => r["scenario"]).Distinct(StringComparer.Ordinal)
            .Where(s => File.Exists(Path.Combine(folder, s, "summary.json"))).ToList();
        var written = new List<string>();
        var rows = new StringBuilder();
        foreach (var scenario in scenarios)
        {
            var sub = Path.Combine(folder, scenario);
            OutputFolderCheck.Of(sub);
            var run = RunFolder.Read(sub);
            written.Add(RunReport.Write(sub));
            var delivered = run.Corridors.Sum(c => c["tonnes_per_year"].IsDefined ? c["tonnes_per_year"].Mean : 0);
            var worst = run.Bottlenecks.Count > 0 ? run.Bottlenecks[0] : null;
            var wait = worst is null || RunIntro.Find(run, worst) is not { } figures ? "–" : $"{worst.Id} {Text.WithInterval(figures["mean_wait_h"], "h")}";
            var busiest = run.Corridors.Where(c => c["tonnes_per_year"].IsDefined).MaxBy(c => c["tonnes_per_year"].Mean);
            rows.Append("<tr><td><a href=\"").Append(Text.Html(Uri.EscapeDataString(scenario))).Append("/report.html\">").Append(Text.Html(scenario)).Append("</a></td><td>")
                .Append(run.Replications).Append("</td><td>").Append(Text.Number(delivered / 1e6, 2)).Append("</td><td>")
                .Append(busiest is null ? "–" : Text.Html($"{busiest.Id} {Text.WithInterval(busiest["tonnes_per_year"], "kt/yr", 1000)}")).Append("</td><td>")
                .Append(Text.Html(wait)).Append("</td></tr>\n");
        }

        var body = $"<h1>Batch: {scenarios.Count} scenarios</h1>\n<p class=\"meta\">Every figure is a mean over replications with its 95 % interval in brackets; each scenario's name opens its report. All figures: batch.csv.</p>\n"
            + "<table>\n<tr><th>scenario</th><th>replications</th><th>delivered (Mt/yr)</th><th>busiest corridor</th><th>most goods waiting at (mean wait)</th></tr>\n" + rows + "</table>";
        var path = Path.Combine(folder, FileName);
        AtomicFile.Write(path, w => w.Write(HtmlPage.Static("Corridors batch", body)));
        written.Add(path);
        return written;
    }
}
