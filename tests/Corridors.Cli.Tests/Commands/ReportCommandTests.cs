using Corridors.Cli.Commands;
using Corridors.Testing;

namespace Corridors.Cli.Tests.Commands;

public sealed class ReportCommandTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("corridors-report-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void Report_OfARunFolder_RebuildsTheReportRunWroteByteForByte()
    {
        var folder = Path.Combine(_directory.FullName, "run");
        RunCommand.Execute(new LoadedScenario(RichNetwork.Build().Build(), []), new RunOptions(2, null, 500, null, 2, folder), Console(new StringWriter()), ["run", "test.yaml"]);
        var written = File.ReadAllBytes(Path.Combine(folder, "report.html"));
        File.Delete(Path.Combine(folder, "report.html"));

        var output = new StringWriter();
        var exit = CorridorsApp.Run(["report", folder], Console(output));

        Assert.Equal(0, exit);
        Assert.Equal($"wrote {Path.Combine(folder, "report.html")}\n", output.ToString().ReplaceLineEndings("\n"));
        Assert.Equal(written, File.ReadAllBytes(Path.Combine(folder, "report.html")));
        Assert.True(File.Exists(Path.Combine(folder, "timeseries.csv")));
    }

    [Fact]
    public void Run_WithSeriesStepZero_WritesNoTimeSeriesButStillAReport()
    {
        var folder = Path.Combine(_directory.FullName, "plain");
        RunCommand.Execute(new LoadedScenario(RichNetwork.Build().Build(), []), new RunOptions(2, null, 500, null, 2, folder) { SeriesStepDays = 0 }, Console(new StringWriter()), ["run", "test.yaml"]);

        Assert.False(File.Exists(Path.Combine(folder, "timeseries.csv")));
        Assert.DoesNotContain("chart-queues", File.ReadAllText(Path.Combine(folder, "report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_OfAMissingFolder_SaysSoInOneLine()
    {
        var missing = Path.Combine(_directory.FullName, "nowhere");
        var error = new StringWriter();

        var exit = CorridorsApp.Run(["report", missing], new CliConsole(new StringWriter(), error, false));

        Assert.Equal(ExitCodes.UserMistake, exit);
        Assert.Equal($"error: {missing}: no such folder; expected the --out folder of corridors run, compare or batch\n", error.ToString().ReplaceLineEndings("\n"));
    }

    private static CliConsole Console(StringWriter output) => new(output, new StringWriter(), false);
}
