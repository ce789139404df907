using Corridors.Cli.Commands;
using Corridors.Testing;

namespace Corridors.Cli.Tests.Commands;

public sealed class RunCommandTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("corridors-run-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void Execute_RichNetwork_PrintsCorridorsNodesAndBottlenecks()
    {
        // A seed of its own: the same experiment run by another test of this process would be answered from storage.
        var (exit, output, error) = Run(new RunOptions(4, null, 500, 4_711, 2, null));

        Assert.Equal(0, exit);
        Assert.Contains("test: 4 replications of 3,800 h after a 200 h warm-up, seed 4711; ± is the 95 %\nconfidence half-width.", output, StringComparison.Ordinal);
        Assert.Contains("lotos->urumqi:goods", output, StringComparison.Ordinal);
        Assert.Contains("\nBottlenecks: the nodes and links where most goods wait (tonnes waiting on\naverage = mean wait × tonnes a year ÷ 8,760 h), most first:\n  1. ", output, StringComparison.Ordinal);
        Assert.Matches(@"4 replications, [\d,]+ events, [\d.]+ M events/s", error);
    }

    [Fact]
    public void Execute_TheSameExperimentTwice_AnswersTheSecondFromStorageWithTheSameBytesAndSaysSo()
    {
        // The embedded silo lives as long as the process and keys an experiment by what determines its result
        // (not the parallelism, which cannot change it: DeterminismTests in Core checks that), so the second run
        // is answered from what the first recorded and must not print a speed for events it did not run.
        // A seed no other test uses keeps the first run a first.
        var one = Path.Combine(_directory.FullName, "one");
        var four = Path.Combine(_directory.FullName, "four");

        var (_, _, first) = Run(new RunOptions(6, null, 500, 918_273, 1, one));
        var (_, _, second) = Run(new RunOptions(6, null, 500, 918_273, 4, four));

        Assert.Matches(@"\n6 replications, [\d,]+ events, [\d.]+ M events/s\n", first);
        Assert.Matches(@"\n6 replications, [\d,]+ events, recorded earlier \(the same experiment ran before: answered from storage\)\n", second);
        string[] files = ["summary.json", "replications.csv", "nodes.csv", "links.csv", "flows.csv", "routes.csv", "reroutes.csv"];
        foreach (var file in files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(one, file)), File.ReadAllBytes(Path.Combine(four, file)));
        }

        Assert.True(File.Exists(Path.Combine(one, "manifest.json")));
        Assert.Empty(Directory.GetFiles(one, "*.tmp"));
        Assert.Equal(
            "replication,scope,id,measure,value",
            File.ReadLines(Path.Combine(one, "replications.csv")).First());
    }

    [Fact]
    public void Execute_WithReachablePrecision_SaysHowManyReplicationsItTookAndSucceeds()
    {
        var (exit, output, _) = Run(new RunOptions(null, 0.5, 60, null, 2, null));

        Assert.Equal(0, exit);
        Assert.Matches(@"Precision: every headline figure is within ±50 % after \d+ replications\.", output);
    }

    [Fact]
    public void Execute_WithPrecisionShortAtTheCap_ListsEveryShortFigureAndExitsOne()
    {
        var (exit, output, _) = Run(new RunOptions(null, 0.000001, 10, null, 2, null));

        Assert.Equal(1, exit);
        var line = Assert.Single(output.Split('\n'), l => l.StartsWith("Precision NOT reached", StringComparison.Ordinal));
        var count = int.Parse(System.Text.RegularExpressions.Regex.Match(line, @"still short \((\d+)\): ").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("Precision NOT reached: stopped at the cap of 10 replications; still short (", line, StringComparison.Ordinal);
        Assert.True(count > 8, $"only {count} figures short");
        Assert.Equal(count, line[(line.IndexOf("): ", StringComparison.Ordinal) + 3)..].Split(", ").Length);
        Assert.DoesNotContain("…", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_WithOutputFolderUnderAFile_SaysSoBeforeRunning()
    {
        var file = Path.Combine(_directory.FullName, "a-file");
        File.WriteAllText(file, "");

        var (exit, output, error) = Run(new RunOptions(2, null, 500, null, 1, Path.Combine(file, "out")));

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"error: cannot write the outputs to '{Path.Combine(file, "out")}': '{file}' is a file, not a folder; expected a folder you can write to\n", error);
    }

    [Fact]
    public void Execute_WithOutputPathThatIsAFile_SaysSoBeforeRunning()
    {
        var file = Path.Combine(_directory.FullName, "a-file");
        File.WriteAllText(file, "");

        var (exit, output, error) = Run(new RunOptions(2, null, 500, null, 1, file));

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"error: cannot write the outputs to '{file}': it is a file, not a folder; expected a folder you can write to\n", error);
    }

    [Fact]
    public void Execute_WithOutputFolderOnAReadOnlyFileSystem_SaysSoBeforeRunning()
    {
        // /proc takes no new files, even for root (who passes every permission check elsewhere).
        var (exit, output, error) = Run(new RunOptions(2, null, 500, null, 1, "/proc/corridors-out"));

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("error: cannot write the outputs to '/proc/corridors-out': ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, null, 500, 2, "--replications is 0; expected a whole number ≥ 1")]
    [InlineData(5, "5%", 500, 2, "--replications and --precision both given; expected one of them")]
    [InlineData(null, "150%", 500, 2, "--precision is '150%'; expected a percentage between 0 and 100 such as 5% (or a fraction such as 0.05)")]
    [InlineData(null, "five", 500, 2, "--precision is 'five'; expected a percentage between 0 and 100 such as 5% (or a fraction such as 0.05)")]
    [InlineData(null, null, 500, 0, "--parallel is 0; expected a whole number ≥ 1")]
    public void TryCreate_WithBadOption_SaysWhatIsWrongAndWhatWasExpected(int? replications, string? precision, int max, int parallel, string message)
    {
        Assert.False(RunOptions.TryCreate(replications, precision, max, null, parallel, null, out _, out var problem));
        Assert.Equal(message, problem);
    }

    [Theory]
    [InlineData("5%", 0.05)]
    [InlineData("0.5 %", 0.005)]
    [InlineData("0.1", 0.1)]
    public void TryCreate_WithPrecision_ParsesPercentOrFraction(string text, double expected)
    {
        Assert.True(RunOptions.TryCreate(null, text, 500, null, 1, null, out var options, out _));
        Assert.Equal(expected, options.Precision!.Value, 12);
    }

    private static (int Exit, string Output, string Error) Run(RunOptions options)
    {
        var model = RichNetwork.Build().Build();
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = RunCommand.Execute(new LoadedScenario(model, []), options, new CliConsole(output, error, false), ["run", "test.yaml"]);
        return (exit, output.ToString(), error.ToString());
    }
}
