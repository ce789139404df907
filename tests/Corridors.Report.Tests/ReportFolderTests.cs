namespace Corridors.Report.Tests;

/// <summary>`corridors report DIR` on folders it cannot use: one line saying which and what was expected.</summary>
public sealed class ReportFolderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"corridors-report-folders-{Environment.ProcessId}-{Guid.NewGuid():N}");

    public ReportFolderTests() => Directory.CreateDirectory(_root);

    [Fact]
    public void Rebuild_MissingFolder_SaysSo() =>
        AssertProblem(Path.Combine(_root, "nowhere"), "{0}: no such folder; expected the --out folder of corridors run, compare or batch");

    [Fact]
    public void Rebuild_EmptyFolder_SaysSo() =>
        AssertProblem(_root, "{0}: the folder is empty; expected the --out folder of corridors run, compare or batch");

    [Fact]
    public void Rebuild_ForeignFolder_SaysSo()
    {
        File.WriteAllText(Path.Combine(_root, "notes.txt"), "hello");
        AssertProblem(_root, "{0}: not a Corridors output folder (no summary.json, compare.csv or batch.csv)");
    }

    [Fact]
    public void Rebuild_OutputsOfAnOlderFormat_SaysSoAndWritesNothing()
    {
        File.WriteAllText(Path.Combine(_root, "summary.json"), "{}");
        AssertProblem(_root, "{0}: outputs of an older format (no network.json); run the scenario again with this version of corridors to get a report");
        Assert.False(File.Exists(Path.Combine(_root, "report.html")));
    }

    [Fact]
    public void Rebuild_BrokenSummary_NamesTheFileAndLine()
    {
        File.WriteAllText(Path.Combine(_root, "summary.json"), "{\n  \"scenario\": ");
        File.WriteAllText(Path.Combine(_root, "network.json"), "{\"format\": 1, \"start_date\": \"2024-01-01\", \"nodes\": [], \"links\": []}");
        File.WriteAllText(Path.Combine(_root, "manifest.json"), "{}");
        var problem = Assert.Throws<ReportInputException>(() => ReportFolder.Rebuild(_root)).Message;
        Assert.StartsWith(Path.Combine(_root, "summary.json") + ":2: not valid JSON", problem, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem);
        Assert.Empty(Directory.GetFiles(_root, "*.tmp"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static void AssertProblem(string folder, string expected) =>
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, folder), Assert.Throws<ReportInputException>(() => ReportFolder.Rebuild(folder)).Message);
}
