
using Corridors.Scenarios.Tests.Support;
using Corridors.Testing;

namespace Corridors.Scenarios.Tests;

/// <summary>The examples in docs/scenario-format.md are valid scenarios.</summary>
public sealed class DocsExampleTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Load_FormatDocExample_IsValidWithoutWarnings()
    {
        var result = ScenarioLoader.Load(_dir.Write("example.yaml", Block("# docs-example")));
        Assert.Equal("", string.Join("\n", result.Diagnostics));
        Assert.Equal(6, result.Model!.Links.Count);
    }

    [Fact]
    public void Load_FormatDocExtendsExample_IsValidOverTheBaseline()
    {
        var baseline = Repository.File("scenarios", "caspian-baseline.yaml");
        var text = Block("# docs-extends-example").Replace("extends: caspian-baseline.yaml", $"extends: {baseline}", StringComparison.Ordinal);
        var model = ScenarioLoader.Load(_dir.Write("child.yaml", text)).Model;
        Assert.NotNull(model);
        Assert.Equal(12, Assert.IsType<Core.Model.PortSpec>(model.Nodes.Single(n => n.Id == "olya")).Berths.Servers);
        Assert.Equal(800_000 * 2 * 1.2, model.Flows.Single(f => f.Id == "ru-grain-amirabad").VolumePerYear, 3);
    }

    private static string Block(string firstLine)
    {
        var doc = File.ReadAllText(Repository.File("docs", "scenario-format.md"));
        var start = doc.IndexOf($"```yaml\n{firstLine}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"the doc has no yaml block starting '{firstLine}'");
        start += "```yaml\n".Length;
        return doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];
    }
}
