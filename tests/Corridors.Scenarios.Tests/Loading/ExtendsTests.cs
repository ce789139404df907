using Corridors.Core.Model;
using Corridors.Scenarios.Tests.Support;
using Corridors.Testing;

namespace Corridors.Scenarios.Tests.Loading;

public sealed class ExtendsTests : IDisposable
{
    private readonly TempDir _dir = new();

    public ExtendsTests() =>
        _dir.Write("base.yaml", File.ReadAllText(Repository.File("tests", "Corridors.Scenarios.Tests", "Fixtures", "minimal.yaml")));

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Load_ChildChangesOneField_KeepsTheOtherFieldsOfTheNode()
    {
        var model = Valid("child.yaml", "extends: base.yaml\nnodes:\n  east-port:\n    berths: { servers: 7 }\n");
        var port = Assert.IsType<PortSpec>(model.Nodes.Single(n => n.Id == "east-port"));
        Assert.Equal(7, port.Berths.Servers);
        Assert.Equal(12, port.Berths.TimeHours!.Mean);
        Assert.Equal(new GeoPoint(43.6, 51.2), port.Location);
    }

    [Fact]
    public void Load_ChildAddsNodeAndLink_AppendsThemAfterTheInheritedOnes()
    {
        var model = Valid("child.yaml", """
            extends: base.yaml
            nodes:
              north-hub: { kind: hub, location: { lat: 44, lon: 51 }, handling: { servers: 1, time: const(3 h) } }
            links:
              north-rail: { mode: rail, from: east-zone, to: north-hub, distance: 50 km, speed: 40 km/h }
            """);
        Assert.Equal("north-hub", model.Nodes[^1].Id);
        Assert.Equal(["north-rail", "north-rail.back"], model.Links.TakeLast(2).Select(l => l.Id));
    }

    [Fact]
    public void Load_ChildRemovesElements_TheyAreGoneFromTheModel()
    {
        var model = Valid("child.yaml", "extends: base.yaml\ndemand:\n  boxes-west: { remove: true }\ndisruptions:\n  ice: { remove: true }\ncommodities:\n  boxes: { remove: true }\n");
        Assert.Equal(["grain-east"], model.Flows.Select(f => f.Id));
        Assert.Empty(model.Disruptions);
        Assert.Equal(["grain"], model.Commodities.Select(c => c.Id));
    }

    [Fact]
    public void Load_ScaleOneFlowAndAllDemand_MultipliesTheVolumes()
    {
        var model = Valid("child.yaml", "extends: base.yaml\nscale_all_demand: 3\ndemand:\n  grain-east: { scale: 1.5 }\n");
        Assert.Equal(120000 * 1.5 * 3, Volume(model, "grain-east"), 6);
        Assert.Equal(4500 * 3, Volume(model, "boxes-west"), 6);
    }

    [Fact]
    public void Load_ChainOfThree_AppliesEachLevelInOrder()
    {
        _dir.Write("middle.yaml", "extends: base.yaml\nname: middle\nscale_all_demand: 2\nnodes:\n  west-port:\n    berths: { servers: 5 }\n");
        var model = Valid("leaf.yaml", "extends: middle.yaml\nname: leaf\ndemand:\n  grain-east: { scale: 0.5 }\n");
        Assert.Equal("leaf", model.Name);
        Assert.Equal(120000.0, Volume(model, "grain-east"), 6);
        Assert.Equal(9000.0, Volume(model, "boxes-west"), 6);
        Assert.Equal(5, Assert.IsType<PortSpec>(model.Nodes.Single(n => n.Id == "west-port")).Berths.Servers);
    }

    [Fact]
    public void Load_ChildSetsNewVolume_InheritedScaleNoLongerApplies()
    {
        _dir.Write("middle.yaml", "extends: base.yaml\ndemand:\n  grain-east: { scale: 10 }\n");
        var model = Valid("leaf.yaml", "extends: middle.yaml\ndemand:\n  grain-east: { volume: 50 kt/yr }\n");
        Assert.Equal(50000.0, Volume(model, "grain-east"), 6);
    }

    [Fact]
    public void Load_ChildAddsDisruption_KeepsInheritedOnes()
    {
        var model = Valid("child.yaml", "extends: base.yaml\ndisruptions:\n  strike: { kind: closure, targets: ferry, from: 2024-02-01, to: 2024-02-03 }\n");
        Assert.Equal(["ice", "strike"], model.Disruptions.Select(d => d.Id));
        var strike = Assert.IsType<Closure>(model.Disruptions[1]);
        Assert.Equal(["ferry", "ferry.back"], strike.Targets);
        Assert.Equal((31 * 24.0, 34 * 24.0), (strike.FromHours, strike.ToHours));
    }

    [Fact]
    public void Load_ExtendsCycle_ReportsItAtTheExtendsThatClosesIt()
    {
        _dir.Write("a.yaml", "extends: b.yaml\n");
        var b = _dir.Write("b.yaml", "extends: c.yaml\n");
        _dir.Write("c.yaml", "extends: a.yaml\n");
        var result = ScenarioLoader.Load(Path.Combine(_dir.Path, "a.yaml"));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((Path.Combine(_dir.Path, "c.yaml"), 1, 10), (d.File, d.Line, d.Column));
        Assert.StartsWith("extends makes a cycle (", d.Message, StringComparison.Ordinal);
        Assert.Equal(3, result.Files.Count);
        Assert.Contains(b, result.Files);
    }

    [Fact]
    public void Load_Chain_ListsEveryFileRead()
    {
        var leaf = _dir.Write("leaf.yaml", "extends: base.yaml\n");
        var result = ScenarioLoader.Load(leaf);
        Assert.Equal([leaf, Path.Combine(_dir.Path, "base.yaml")], result.Files);
    }

    private static double Volume(ScenarioModel model, string flow) => model.Flows.Single(f => f.Id == flow).VolumePerYear;

    private ScenarioModel Valid(string name, string text)
    {
        var result = ScenarioLoader.Load(_dir.Write(name, text));
        Assert.Equal("", string.Join("\n", result.Diagnostics));
        return result.Model!;
    }
}
