using System.Text.RegularExpressions;
using Corridors.Scenarios.Loading;
using Corridors.Scenarios.Tests.Support;
using Corridors.Scenarios.Yaml;
using Corridors.Testing;

namespace Corridors.Scenarios.Tests;

/// <summary>scenarios/schema.json stays in step with the loader: it allows every key the examples use, and exactly the keys the loader knows.</summary>
public sealed partial class SchemaTests : IDisposable
{
    private static readonly SchemaWalker Schema = SchemaWalker.Load(Repository.File("scenarios", "schema.json"));
    private readonly TempDir _dir = new();

    public static TheoryData<string> Examples
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var folder in new[] { "scenarios", "tests/Corridors.Scenarios.Tests/Fixtures", "tests/Corridors.Scenarios.Tests/Warnings" })
            {
                foreach (var file in Directory.GetFiles(Repository.File(folder), "*.yaml").Order(StringComparer.Ordinal))
                {
                    data.Add(Path.GetRelativePath(Repository.Root, file));
                }
            }

            return data;
        }
    }

    public void Dispose() => _dir.Dispose();

    [Theory]
    [MemberData(nameof(Examples))]
    public void Schema_Example_CoversEveryKeyItUses(string example)
    {
        var path = Repository.File(example);
        var tree = YamlTreeReader.Read(File.ReadAllText(path), path, new DiagnosticBag())!;
        Assert.Empty(Schema.Uncovered(tree));
    }

    [Fact]
    public void Schema_KeyTheFormatLacks_IsReportedUncovered()
    {
        var path = Repository.File("tests", "Corridors.Scenarios.Tests", "Invalid", "unknown-key.yaml");
        var tree = YamlTreeReader.Read(File.ReadAllText(path), path, new DiagnosticBag())!;
        Assert.Equal(["nodes.east-port.bearths"], Schema.Uncovered(tree));
    }

    [Fact]
    public void Schema_EveryMapping_ListsExactlyTheKeysTheLoaderKnows()
    {
        var probe = _dir.Write("probe.yaml", Probe);
        _dir.Write("base.yaml", File.ReadAllText(Repository.File("tests", "Corridors.Scenarios.Tests", "Fixtures", "minimal.yaml")));
        var merged = new ScenarioFiles(new DiagnosticBag()).Load(probe)!.Root;
        var seen = 0;
        foreach (var d in ScenarioLoader.Load(probe).Diagnostics)
        {
            if (UnknownKey().Match(d.Message) is not { Success: true } m)
            {
                continue;
            }

            var path = m.Groups["path"].Value == "the scenario" ? "" : m.Groups["path"].Value;
            var loader = m.Groups["keys"].Value.Split(", ").ToHashSet(StringComparer.Ordinal);
            var schema = Schema.KeysAt(merged, path).Except(["remove", "scale"]).ToHashSet(StringComparer.Ordinal);
            Assert.True(schema.SetEquals(loader), $"{path}: schema [{string.Join(", ", schema.Order())}] vs loader [{string.Join(", ", loader.Order())}]");
            seen++;
        }

        Assert.Equal(27, seen); // one per bogus key in Probe
    }

    [GeneratedRegex("^(?<path>.+?) has (unknown )?key 'zzzzzz'(, which a default cannot give)?; expected one of (?<keys>.+)$")]
    private static partial Regex UnknownKey();

    // A bogus key in every kind of mapping the format has, so the loader lists the keys it knows there.
    private const string Probe = """
        extends: base.yaml
        zzzzzz: 1
        sources: { test-facts: { zzzzzz: 1 } }
        experiment: { zzzzzz: 1 }
        routing: { zzzzzz: 1, weights: { zzzzzz: 1 } }
        commodities: { grain: { zzzzzz: 1 } }
        nodes:
          west-city: { zzzzzz: 1 }
          west-port: { zzzzzz: 1, location: { zzzzzz: 1 }, berths: { zzzzzz: 1 } }
          east-zone: { zzzzzz: 1 }
          p-hub: { kind: hub, location: { lat: 1, lon: 1 }, handling: { servers: 1, time: const(1 h) }, zzzzzz: 1 }
          p-btc:
            kind: border-trade-center
            location: { lat: 1, lon: 1 }
            customs: { servers: 1, time: const(1 h) }
            consolidation: { target: 1 t, max_hold: 1 h, zzzzzz: 1 }
            zzzzzz: 1
          p-crossing:
            kind: border-crossing
            location: { lat: 1, lon: 1 }
            clearance: { road: { servers: 1, time: const(1 h) }, zzzzzz: 1 }
            zzzzzz: 1
        link_defaults: { rail: { zzzzzz: 1 } }
        links:
          ferry: { zzzzzz: 1, carrier: { zzzzzz: 1 }, cost: { zzzzzz: 1 } }
          p-train:
            mode: rail
            from: west-city
            to: west-port
            distance: 1 km
            speed: 1 km/h
            carrier: { kind: train, capacity: 1 t, departs: timetable, every: 1 h, zzzzzz: 1 }
        demand: { grain-east: { zzzzzz: 1 } }
        disruptions:
          ice: { zzzzzz: 1 }
          p-closure: { kind: closure, targets: ferry, from: 2024-01-02, to: 2024-01-03, zzzzzz: 1 }
          p-storms: { kind: storms, targets: ferry, interval: const(1 h), duration: const(1 h), zzzzzz: 1 }
          p-change: { kind: capacity-change, targets: ferry, at: 2024-01-02, factor: 2, zzzzzz: 1 }
          p-shock: { kind: demand-shock, from: 2024-01-02, to: 2024-01-03, factor: 2, zzzzzz: 1 }
        """;
}
