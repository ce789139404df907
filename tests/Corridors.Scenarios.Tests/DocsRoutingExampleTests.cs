using Corridors.Core.Routing;
using Corridors.Core.Routing.Topology;
using Corridors.Testing;
using QuikGraph.Algorithms;

namespace Corridors.Scenarios.Tests;

/// <summary>The QuikGraph example in docs/routing.md is this file's <see cref="FastestLinks"/>, word for word, and it works.</summary>
public sealed class DocsRoutingExampleTests
{
    [Fact]
    public void RoutingDoc_QuikGraphExample_IsTheCodeTestedHere()
    {
        var doc = File.ReadAllText(Repository.File("docs", "routing.md"));
        var source = File.ReadAllText(Repository.File("tests", "Corridors.Scenarios.Tests", "DocsRoutingExampleTests.cs"));

        Assert.Equal(Unindent(Between(source, "// docs-example: quikgraph\n", "    // end docs-example")), Between(doc, "```csharp\n", "```"));
    }

    [Fact]
    public void FastestLinks_OnTheBaseline_AreTheLinksOfTheRoutersFastestRoute()
    {
        var file = Repository.File("scenarios", "caspian-baseline.yaml");
        var model = ScenarioLoader.Load(file).Model!;
        var router = new CorridorRouter(model);
        var fastest = router.Routes("aktau", "alat", 1, RoutePreset.Time, CargoProfile.Reference(model)).Single();

        Assert.Equal(fastest.Links, FastestLinks(file, "aktau", "alat"));
        Assert.NotEmpty(fastest.Links);
    }

    // docs-example: quikgraph
    private static IReadOnlyList<string> FastestLinks(string scenarioFile, string from, string to)
    {
        var model = ScenarioLoader.Load(scenarioFile).Model ?? throw new InvalidDataException($"{scenarioFile} has errors");
        var network = CorridorGraph.Build(model);
        var hoursFrom = network.Graph.ShortestPathsDijkstra(edge => edge.Hours, network.Origin(from));
        return hoursFrom(network.Destination(to), out var route)
            ? [.. route.Where(edge => edge.Link is not null).Select(edge => edge.Link!.Id)]
            : [];
    }
    // end docs-example

    private static string Between(string text, string start, string end)
    {
        int from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start.Trim()}' not found");
        from += start.Length;
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }

    private static string Unindent(string code) =>
        string.Concat(code.Split('\n').Select(line => (line.StartsWith("    ", StringComparison.Ordinal) ? line[4..] : line) + "\n")).TrimEnd('\n') + "\n";
}
