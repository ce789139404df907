using Corridors.Report.Data;

namespace Corridors.Report;

/// <summary>`corridors report DIR`: rebuilds the report of any output folder from its files alone, without running anything.</summary>
public static class ReportFolder
{
    /// <summary>Writes the report that belongs in <paramref name="folder"/> (report.html, or index.html and the scenarios' reports for a batch); returns the paths written.</summary>
    /// <exception cref="ReportInputException">The folder is missing, empty, foreign or of an older format.</exception>
    public static IReadOnlyList<string> Rebuild(string folder) => OutputFolderCheck.Of(folder) switch
    {
        OutputFolderCheck.Kind.Run => [RunReport.Write(folder)],
        OutputFolderCheck.Kind.Comparison => [ComparisonReport.Write(folder)],
        _ => BatchIndex.Write(folder),
    };
}
