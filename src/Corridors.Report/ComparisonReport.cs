using Corridors.Core.Reports;
using Corridors.Report.Charts;
using Corridors.Report.Data;
using Corridors.Report.Page;

namespace Corridors.Report;

/// <summary>The report of a comparison: report.html beside compare.csv, made from the folder's files alone.</summary>
public static class ComparisonReport
{
    /// <summary>Writes <paramref name="folder"/>/report.html atomically from compare.csv, network.json and manifest.json; returns its path.</summary>
    /// <exception cref="ReportInputException">The folder is not a complete comparison folder of this format.</exception>
    public static string Write(string folder)
    {
        var path = Path.Combine(folder, RunReport.FileName);
        var data = ComparisonFolder.Read(folder);
        var sections = new List<ChartSection>();
        for (var i = 0; i < data.Alternatives.Count; i++)
        {
            sections.Add(ForestPlot.Build(data, data.Alternatives[i], i));
            sections.Add(ComparisonMap.Build(data, data.Alternatives[i], i));
        }

        var html = HtmlPage.Build($"{string.Join(", ", data.Alternatives)} against {data.Base} — Corridors comparison", ComparisonIntro.Html(data), sections);
        AtomicFile.Write(path, w => w.Write(html));
        return path;
    }
}
