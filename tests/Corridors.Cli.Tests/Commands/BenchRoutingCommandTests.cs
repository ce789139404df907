using System.Text.RegularExpressions;

namespace Corridors.Cli.Tests.Commands;

public sealed class BenchRoutingCommandTests : IDisposable
{
    // The graph of the Yen hand example in the Graphs tests: C=0 D=1 E=2 F=3 G=4 H=5.
    // Loopless 0->5 paths cost 5, 7, 8, 8, 8, 11, 11; from 1: 1-3-5 (4+1 = 5) and 1-3-4-5 (4+2+2 = 8);
    // nothing leaves 5, so 5->0 has no path and no rows.
    private const string Edges = """
        src,dst,weight
        0,1,3
        0,2,2
        1,3,4
        2,1,1
        2,3,2
        2,4,3
        3,4,2
        3,5,1
        4,5,2
        """;

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("corridors-bench-routing-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void Run_WithValidFiles_PrintsDijkstraThenYenMedianAndExitsZero()
    {
        var (exit, output, error) = Run("--edges", Write("edges.csv", Edges), "--pairs", Write("pairs.csv", "s,t\n0,5\n1,5\n"));

        Assert.Equal(0, exit);
        string[] lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Matches(MillisecondsLine("dijkstra-ms"), lines[0]);
        Assert.Matches(MillisecondsLine("yen-ms"), lines[1]);
        Assert.Contains("6 nodes, 9 edges, 2 pairs, k = 10", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithBothEngines_PrintsEachFigureTheRatiosAndThatTheCostsAgree()
    {
        var (exit, output, _) = Run("--edges", Write("edges.csv", Edges), "--pairs", Write("pairs.csv", "s,t\n0,5\n1,5\n5,0\n"), "--k", "4", "--engine", "both");

        Assert.Equal(0, exit);
        string[] lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(7, lines.Length);
        Assert.Matches(MillisecondsLine("dijkstra-ms"), lines[0]);
        Assert.Matches(MillisecondsLine("yen-ms"), lines[1]);
        Assert.Matches(MillisecondsLine("quikgraph-dijkstra-ms"), lines[2]);
        Assert.Matches(MillisecondsLine("quikgraph-yen-ms"), lines[3]);
        Assert.Matches(@"^dijkstra-ratio: \d+\.\d$", lines[4]);
        Assert.Matches(@"^yen-ratio: \d+\.\d$", lines[5]);
        // 0 → 5: 5, 7, 8, 8 on both; 1 → 5: 5, 8; 5 → 0: none (QuikGraph's NoPathFoundException is no path).
        Assert.Equal("costs-agree: yes", lines[6]);
    }

    [Fact]
    public void Run_WithQuikGraphEngine_WritesItsCosts()
    {
        string costs = Path.Combine(_directory.FullName, "costs.csv");

        var (exit, output, _) = Run(
            "--edges", Write("edges.csv", Edges), "--pairs", Write("pairs.csv", "s,t\n0,5\n1,5\n5,0\n"), "--k", "4", "--costs", costs, "--engine", "quikgraph");

        Assert.Equal(0, exit);
        Assert.StartsWith("quikgraph-dijkstra-ms: ", output, StringComparison.Ordinal);
        Assert.Equal("s,t,rank,cost\n0,5,1,5\n0,5,2,7\n0,5,3,8\n0,5,4,8\n1,5,1,5\n1,5,2,8\n", File.ReadAllText(costs).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Run_WithCostsOption_WritesEveryPathCostRankedFromOne()
    {
        string costs = Path.Combine(_directory.FullName, "costs.csv");

        var (exit, _, _) = Run(
            "--edges", Write("edges.csv", Edges), "--pairs", Write("pairs.csv", "s,t\n0,5\n1,5\n5,0\n"), "--k", "4", "--costs", costs);

        Assert.Equal(0, exit);
        Assert.Equal(
            "s,t,rank,cost\n0,5,1,5\n0,5,2,7\n0,5,3,8\n0,5,4,8\n1,5,1,5\n1,5,2,8\n",
            File.ReadAllText(costs).ReplaceLineEndings("\n"));
        Assert.False(File.Exists(costs + ".tmp"));
    }

    [Theory]
    [InlineData("src,dst,weight\n0,1,2\n1,2,-4\n", "edges.csv:3: field 'weight': '-4' is not a finite number ≥ 0")]
    [InlineData("src,dst,weight\n0,1,2\n1,x,4\n", "edges.csv:3: field 'dst': 'x' is not a node id (an integer ≥ 0)")]
    [InlineData("src,dst,weight\n0,1,NaN\n", "edges.csv:2: field 'weight': 'NaN' is not a finite number ≥ 0")]
    [InlineData("src,dst\n0,1\n", "edges.csv:1: expected the header 'src,dst,weight', found 'src,dst'")]
    [InlineData("src,dst,weight\n\n0,1\n", "edges.csv:3: expected 3 fields (src,dst,weight), found 2")]
    [InlineData("src,dst,weight\n0,1,\"1,5\"\n", "edges.csv:2: field 'weight': '1,5' is not a finite number ≥ 0")]
    [InlineData("src,dst,weight\n0,1,2\n1,2,\"3\n", "edges.csv:3: malformed quoting")]
    public void Run_WithBadEdgesFile_NamesFileLineAndFieldAndExitsTwo(string edges, string message)
    {
        var (exit, output, error) = Run("--edges", Write("edges.csv", edges), "--pairs", Write("pairs.csv", "s,t\n0,1\n"));

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithPairNodeOutsideGraph_NamesPairsFileLineAndFieldAndExitsTwo()
    {
        var (exit, _, error) = Run("--edges", Write("edges.csv", Edges), "--pairs", Write("pairs.csv", "s,t\n0,5\n2,6\n"));

        Assert.Equal(2, exit);
        Assert.Contains("pairs.csv:3: field 't': node 6 is not in the edge list (nodes 0..5)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithMissingFile_SaysSoAndExitsTwo()
    {
        string missing = Path.Combine(_directory.FullName, "nope.csv");

        var (exit, _, error) = Run("--edges", missing, "--pairs", missing);

        Assert.Equal(2, exit);
        Assert.Contains($"{missing}: file not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithoutFiles_TimesTheGeneratedGridWhoseTwoEnginesAgree()
    {
        // 12 × 12 cells, both directions between neighbours: 2 · 2 · 12 · 11 = 528 edges. (The default
        // 100 × 100 grid takes QuikGraph's Yen minutes; the size is the option's business, not this test's.)
        // Its seeded pairs include 1 → 1, whose one loopless path is the empty one: both engines must say cost 0.
        var (exit, output, error) = Run("--grid", "12", "--k", "2", "--engine", "both");

        Assert.Equal(0, exit);
        Assert.Equal("bench routing: 144 nodes, 528 edges, 50 pairs, k = 2\n", error);
        Assert.Contains("costs-agree: yes\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithGridBelowTwo_RejectsTheOption()
    {
        var (exit, _, error) = Run("--grid", "1");

        Assert.NotEqual(0, exit);
        Assert.Contains("--grid must be at least 2.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithEdgesButNoPairs_SaysBothAreNeeded()
    {
        var (exit, _, error) = Run("--edges", Write("edges.csv", "src,dst,weight\n0,1,2\n"));

        Assert.Equal(2, exit);
        Assert.Equal("error: --edges given without --pairs; expected both files, or neither for the generated grid\n", error);
    }

    [Fact]
    public void Run_WithKBelowOne_RejectsTheOption()
    {
        var (exit, _, error) = Run("--edges", Write("edges.csv", Edges), "--pairs", Write("pairs.csv", "s,t\n0,5\n"), "--k", "0");

        Assert.NotEqual(0, exit);
        Assert.Contains("--k must be at least 1.", error, StringComparison.Ordinal);
    }

    private static Regex MillisecondsLine(string name) => new($"^{name}: \\d+\\.\\d{{3}}$");

    private string Write(string name, string text)
    {
        string file = Path.Combine(_directory.FullName, name);
        File.WriteAllText(file, text);
        return file;
    }

    private static (int Exit, string Output, string Error) Run(params string[] options)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = CorridorsApp.Run(["bench", "routing", .. options], new CliConsole(output, error, IsInteractive: false));
        return (exit, output.ToString(), error.ToString());
    }
}
