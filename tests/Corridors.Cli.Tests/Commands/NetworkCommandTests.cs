using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Corridors.Cli.Commands;
using Corridors.Cli.Output.Network;
using Corridors.Cli.Tests.Support;
using Corridors.Core.Model;
using Corridors.Kernel.Distributions;
using Corridors.Testing;

namespace Corridors.Cli.Tests.Commands;

public sealed partial class NetworkCommandTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("corridors-network-");

    public void Dispose() => _directory.Delete(recursive: true);

    // s → a (a hub) → b → t, a → t, a → c, all road. f1 s → t (8,760 t/yr) and f2 s → c (4,380 t/yr) both need s-a and a.
    private static ScenarioModel Sample() => new TestModel()
        .City("s").Hub("a", 1, new ConstantDistribution(1)).City("b").City("t").City("c")
        .Link("s", "a").Link("a", "b").Link("b", "t").Link("a", "t").Link("a", "c")
        .Flow("s", "t", 1, id: "f1").Flow("s", "c", 0.5, id: "f2")
        .Build();

    [Fact]
    public void Execute_PrintsStructureSinglePointsOfFailureAndRedundancy()
    {
        var (exit, output, error) = CliRun.Capture(c => NetworkCommand.Execute(Sample(), new NetworkOptions(), c));

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("  road      5      5           1  -          -\n  all       5      5           1  -          -\n", output, StringComparison.Ordinal);
        // Equal tonnes: nodes before links, then by id.
        Assert.Contains(
            """
              kind  id   t/yr at risk  flows
              node  a          13,140  f1, f2
              link  s-a        13,140  f1, f2
              link  a-c         4,380  f2
            """,
            output,
            StringComparison.Ordinal);
        Assert.Contains("  f1    s     t   8,760              1              1\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_WithJson_WritesTheReport()
    {
        var (exit, output, _) = CliRun.Capture(c => NetworkCommand.Execute(Sample(), new NetworkOptions(Json: true), c));

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var top = json.RootElement.GetProperty("singlePointsOfFailure")[0];
        Assert.Equal(("node", "a", 13140.0), (top.GetProperty("kind").GetString(), top.GetProperty("id").GetString(), top.GetProperty("tonnesPerYearAtRisk").GetDouble()));
        Assert.Equal(1, json.RootElement.GetProperty("flows")[0].GetProperty("linkDisjointRoutes").GetInt32());
        Assert.Equal("all", json.RootElement.GetProperty("overall").GetProperty("mode").GetString());
    }

    [Fact]
    public void Execute_GraphMlExport_IsValidGraphMlWithEveryFigureDeclared()
    {
        string file = Path.Combine(_directory.FullName, "net.graphml");
        var model = Sample();

        Assert.Equal(0, CliRun.Capture(c => NetworkCommand.Execute(model, new NetworkOptions(GraphMl: file), c)).Exit);

        var document = XDocument.Load(XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }));
        XNamespace g = GraphMlWriter.Namespace;
        var keys = document.Root!.Elements(g + "key").ToDictionary(k => (string)k.Attribute("id")!);
        var graph = document.Root.Element(g + "graph")!;
        Assert.Equal("directed", (string?)graph.Attribute("edgedefault"));
        var nodes = graph.Elements(g + "node").ToList();
        var edges = graph.Elements(g + "edge").ToList();
        Assert.Equal(model.Nodes.Select(n => n.Id), nodes.Select(n => (string)n.Attribute("id")!));
        Assert.Equal(model.Links.Count + model.Flows.Count, edges.Count);
        var ids = nodes.Select(n => (string)n.Attribute("id")!).ToHashSet();
        Assert.All(edges, e => Assert.True(ids.Contains((string)e.Attribute("source")!) && ids.Contains((string)e.Attribute("target")!)));
        foreach (var (element, domain) in nodes.Select(n => (n, "node")).Concat(edges.Select(e => (e, "edge"))))
        {
            foreach (var data in element.Elements(g + "data"))
            {
                var key = keys[(string)data.Attribute("key")!];
                Assert.Equal(domain, (string?)key.Attribute("for"));
                Assert.True(Parses((string)key.Attribute("attr.type")!, data.Value), $"{data.Value} is not a {key.Attribute("attr.type")}");
            }
        }

        var a = nodes.Single(n => (string)n.Attribute("id")! == "a").Elements(g + "data").ToDictionary(d => (string)d.Attribute("key")!, d => d.Value);
        Assert.Equal(("hub", "13140", "2"), (a["n.kind"], a["n.tonnesAtRisk"], a["n.flowsAtRisk"]));
    }

    [Fact]
    public void Execute_DotExport_FollowsTheEmittedGrammar()
    {
        string file = Path.Combine(_directory.FullName, "net.dot");
        var model = Sample();

        Assert.Equal(0, CliRun.Capture(c => NetworkCommand.Execute(model, new NetworkOptions(Dot: file), c)).Exit);

        var lines = File.ReadAllLines(file);
        Assert.Equal("digraph \"test\" {", lines[0]);
        Assert.Equal("}", lines[^1]);
        var statements = lines[1..^1];
        Assert.All(statements, line => Assert.Matches(Statement(), line));
        Assert.Equal(model.Nodes.Count, statements.Count(l => !l.Contains(" -> ", StringComparison.Ordinal)));
        Assert.Equal(model.Links.Count + model.Flows.Count, statements.Count(l => l.Contains(" -> ", StringComparison.Ordinal)));
        Assert.Contains("  \"a\" -> \"c\" [id=\"a-c\", kind=\"link\", mode=\"road\", distanceKm=\"0\", open=\"true\", tonnesAtRisk=\"4380\", flowsAtRisk=\"1\"];", statements);
    }

    [Fact]
    public void DotQuote_EscapesQuotesAndBackslashes() => Assert.Equal("\"a\\\"b\\\\c\"", DotWriter.Quote("a\"b\\c"));

    [Fact]
    public void App_WithAnUnknownScenarioFile_SaysSoInOneLine()
    {
        var (exit, output, error) = CliRun.App("network", Path.Combine(_directory.FullName, "nowhere.yaml"));

        Assert.Equal(ExitCodes.UserMistake, exit);
        Assert.Empty(output);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Contains("nowhere.yaml", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_ExportIntoAnExistingDirectory_FailsInOneLineAndWritesNothing()
    {
        string dot = Path.Combine(_directory.FullName, "net.dot");
        var (exit, output, error) = CliRun.Capture(c => NetworkCommand.Execute(Sample(), new NetworkOptions(GraphMl: dot, Dot: _directory.FullName), c));

        Assert.Equal(ExitCodes.UserMistake, exit);
        Assert.Empty(output);
        Assert.Equal($"error: cannot write DOT to '{_directory.FullName}': it is a directory; expected a file name\n", error);
        Assert.Empty(_directory.EnumerateFileSystemInfos());
    }

    [Fact]
    public void Execute_ExportToAnUnwritablePath_FailsInOneLineAndLeavesNoFile()
    {
        string blocker = Path.Combine(_directory.FullName, "plain-file");
        File.WriteAllText(blocker, "x");
        string graphMl = Path.Combine(blocker, "net.graphml");

        var (exit, output, error) = CliRun.Capture(c => NetworkCommand.Execute(Sample(), new NetworkOptions(GraphMl: graphMl), c));

        Assert.Equal(ExitCodes.UserMistake, exit);
        Assert.Empty(output);
        Assert.StartsWith($"error: cannot write GraphML to '{graphMl}': ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Equal(["plain-file"], _directory.EnumerateFileSystemInfos().Select(f => f.Name));
    }

    private static bool Parses(string type, string value) => type switch
    {
        "double" => double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _),
        "int" => int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _),
        "boolean" => value is "true" or "false",
        _ => type == "string",
    };

    // A node statement or an edge statement with a list of name="value" attributes, as DotWriter documents.
    [GeneratedRegex("""^  "(?:[^"\\]|\\.)*"(?: -> "(?:[^"\\]|\\.)*")? \[[a-zA-Z]+="(?:[^"\\]|\\.)*"(?:, [a-zA-Z]+="(?:[^"\\]|\\.)*")*\];$""")]
    private static partial Regex Statement();
}
