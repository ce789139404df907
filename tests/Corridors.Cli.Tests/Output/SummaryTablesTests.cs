using Corridors.Cli.Commands;
using Corridors.Cli.Output;
using Corridors.Core.Analysis;
using Corridors.Core.Model;
using Corridors.Core.World;
using Corridors.Kernel.Distributions;
using Corridors.Testing;

namespace Corridors.Cli.Tests.Output;

/// <summary>What `run` prints: flow ids under corridors, a dash for servers that served nothing, tables that fit the width.</summary>
public sealed class SummaryTablesTests
{
    private static readonly string[] EveryHeader =
        ["corridor", "kt/yr", "TEU/yr", "transit mean h", "p50 h", "p95 h", "USD/t", "kg CO2/t", "node", "utilization", "mean queue", "mean wait h", "max wait h", "hours closed"];

    [Fact]
    public void Write_HubThatOnlyPassesGoodsThrough_ShowsADashWhereAHubThatChangesModeShowsItsUtilization()
    {
        // Road → road through "pass" needs no handling there; road → rail at "change" does.
        var model = new TestModel { Horizon = 600, Warmup = 100 }
            .City("a").Hub("pass", 1, new ConstantDistribution(0.5)).Hub("change", 1, new ConstantDistribution(0.5)).City("b")
            .Link("a", "pass").Link("pass", "change").Link("change", "b", TransportMode.Rail)
            .Flow("a", "b", 1).Build();

        var lines = Screen(model, 2, 80);

        var pass = Cells(Assert.Single(lines, l => l.StartsWith("  pass ", StringComparison.Ordinal)));
        var change = Cells(Assert.Single(lines, l => l.StartsWith("  change ", StringComparison.Ordinal)));
        Assert.True(double.Parse(pass[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) > 0, "the hub carries goods");
        Assert.Equal("–", pass[2]);
        Assert.Matches(@"^\d+\.\d( ± \d+\.\d)? %$", change[2]);
    }

    [Fact]
    public void Write_CorridorGatheringTwoFlows_ListsBothFlowIdsUnderIt()
    {
        var model = new TestModel { Horizon = 300, Warmup = 50 }
            .City("a").City("b").Link("a", "b")
            .Flow("a", "b", 0.5, id: "grain-by-road").Flow("a", "b", 0.2, id: "grain-extra").Build();

        var lines = Screen(model, 2, 80);

        var corridor = lines.FindIndex(l => l.StartsWith("  a->b:goods ", StringComparison.Ordinal));
        Assert.True(corridor >= 0, string.Join('\n', lines));
        Assert.Equal("    flows grain-by-road, grain-extra", lines[corridor + 1]);
    }

    [Fact]
    public void Execute_RichNetworkAt80Columns_FitsEveryLineAndNamesTheColumnsLeftOut()
    {
        var (exit, output) = Run(wide: false);

        Assert.Equal(0, exit);
        var lines = output.Split('\n');
        Assert.All(lines, l => Assert.True(l.Length <= 80, $"{l.Length} characters: {l}"));
        var leftOut = lines.Where(l => l.StartsWith("  Left out to fit 80 columns (--wide shows them): ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, leftOut.Count);
        Assert.Contains(lines, l => l.StartsWith("  corridor ", StringComparison.Ordinal) && l.Contains("kt/yr", StringComparison.Ordinal) && l.Contains("transit mean h", StringComparison.Ordinal));
        Assert.Matches(@"\n  1\. [a-z-]+ \((node|link), [a-z-]+\): (waiting for|blocked at) [^\n]+\n     [\d,.]+( ± [\d,.]+)? t waiting on average \(mean wait ", output);
    }

    [Fact]
    public void Execute_Wide_ShowsEveryColumnAndLeavesNothingOut()
    {
        var (exit, output) = Run(wide: true);

        Assert.Equal(0, exit);
        var headers = output.Split('\n').Where(l => l.StartsWith("  corridor ", StringComparison.Ordinal) || l.StartsWith("  node ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, headers.Count);
        Assert.All(EveryHeader, h => Assert.Contains(headers, l => l.Contains(h, StringComparison.Ordinal)));
        Assert.DoesNotContain("Left out", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TableWhoseIdsAloneAreWiderThanTheLine_KeepsTheIds()
    {
        var table = new FittedTable(("id", 0), ("a>", 1), ("b>", 2)).Add("a-very-long-identifier", "1", "2");
        using var writer = new StringWriter();

        var leftOut = table.Write(writer, 10);

        Assert.Equal(["a", "b"], leftOut);
        Assert.Equal("id\na-very-long-identifier\n", writer.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Paragraph_LongerThanTheWidth_BreaksAtSpacesUnderItsHangingIndentAndKeepsLongWordsWhole()
    {
        using var writer = new StringWriter();

        Paragraph.Write(writer, "  1. kuryk-alat-ferry-with-a-long-name (link, sea): waiting for a ferry sailing", 24, "     ");

        Assert.Equal("  1.\n     kuryk-alat-ferry-with-a-long-name\n     (link, sea):\n     waiting for a ferry\n     sailing\n", writer.ToString().ReplaceLineEndings("\n"));
    }

    private static List<string> Screen(ScenarioModel model, int replications, int width)
    {
        var scenario = TestModel.Compile(model);
        var results = Enumerable.Range(0, replications).Select(r => ReplicationRunner.Run(scenario, r)).ToList();
        using var writer = new StringWriter();
        SummaryTables.Write(TerminalWriter.Over(writer, width), ExperimentSummary.Build(model, results));
        return [.. writer.ToString().ReplaceLineEndings("\n").Split('\n')];
    }

    // A table row's cells: separated by two or more spaces, numbers keep their single spaces ("1.2 ± 0.3").
    private static string[] Cells(string row) => System.Text.RegularExpressions.Regex.Split(row.Trim(), " {2,}");

    private static (int Exit, string Output) Run(bool wide)
    {
        var model = RichNetwork.Build().Build();
        var output = new StringWriter();
        var options = new RunOptions(3, null, 500, null, 2, null) { Wide = wide };
        var exit = RunCommand.Execute(new LoadedScenario(model, []), options, new CliConsole(output, new StringWriter(), false), ["run", "test.yaml"]);
        return (exit, output.ToString().ReplaceLineEndings("\n"));
    }
}
