using Corridors.Core.Reports;
using Corridors.Report.Charts;
using Corridors.Report.Data;
using Corridors.Report.Page;

namespace Corridors.Report;

/// <summary>The report of one run: report.html beside the run's output files, made from them alone.</summary>
public static class RunReport
{
    /// <summary>The file name of a report.</summary>
    public const string FileName = "report.html";

    /// <summary>Writes <paramref name="folder"/>/report.html atomically from the output files in <paramref name="folder"/>; returns its path.</summary>
    /// <exception cref="ReportInputException">The folder is not a complete run output folder of this format.</exception>
    public static string Write(string folder)
    {
        var path = Path.Combine(folder, FileName);
        var html = Build(RunFolder.Read(folder));
        AtomicFile.Write(path, w => w.Write(html));
        return path;
    }

    internal static string Build(RunData run)
    {
        var sections = new List<ChartSection>
        {
            RunMap.Build(run),
            CorridorCharts.Tonnes(run),
            CorridorCharts.Transit(run),
            NodeCharts.Build(run),
        };
        if (QueueChart.Build(run) is { } queues)
        {
            sections.Add(queues);
        }

        return HtmlPage.Build($"{run.Scenario} — Corridors report", RunIntro.Html(run), sections);
    }
}
