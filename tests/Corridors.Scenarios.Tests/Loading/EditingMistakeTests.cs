using Corridors.Scenarios.Tests.Support;
using Corridors.Testing;

namespace Corridors.Scenarios.Tests.Loading;

/// <summary>What-ifs over the baseline with the mistakes a planner makes: each is reported once, where it was written.</summary>
public sealed class EditingMistakeTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly string _baseline = Repository.File("scenarios", "caspian-baseline.yaml");

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("nodes:\n  kuryck:\n    berths: { servers: 6 }\n", 4, 3,
        "nodes.kuryck is not in the scenario this file extends — did you mean 'kuryk'? expected an inherited id to change, or a new node with its kind")]
    [InlineData("links:\n  kuryk-alat-ferry:\n    carrier: { fleet: 8 }\n", 4, 3,
        "links.kuryk-alat-ferry is not in the scenario this file extends — did you mean 'kuryk-alat'? expected an inherited id to change, or a new link with its from")]
    [InlineData("disruptions:\n  dostyk-closure: { kind: closure, targets: dostyk, from: 2024-03-01, to: 2024-03-10 }\n", 4, 45,
        "disruptions.dostyk-closure.targets names 'dostyk', which is neither a node nor a link; expected a node or link id — did you mean 'dostyk-alashankou'?")]
    public void Load_WhatIfWithAMisspeltId_FirstErrorSaysWhichIdWasMeantWhereItWasWritten(string body, int line, int column, string message)
    {
        var child = Child("name: what-if\nextends: " + _baseline + "\n" + body);

        var result = ScenarioLoader.Load(child);

        var first = result.Diagnostics[0];
        Assert.Equal((child, line, column, message), (first.File, first.Line, first.Column, first.Message));
        Assert.Null(result.Model);
    }

    [Fact]
    public void Load_NewNodeWithItsKindCloseToAnInheritedId_IsANewNode()
    {
        var child = Child("name: what-if\nextends: " + _baseline + "\nnodes:\n  kuryk-2: { kind: city, location: { lat: 43.2, lon: 51.7 } }\n"
            + "links:\n  kuryk-kuryk-2: { mode: road, from: kuryk, to: kuryk-2, distance: 5 km, speed: 40 km/h }\n");

        var result = ScenarioLoader.Load(child);

        Assert.Equal(0, result.ErrorCount);
        Assert.Contains(result.Model!.Nodes, n => n.Id == "kuryk-2");
    }

    [Fact]
    public void Load_ChildGivesADerivedLinkItsOwnDistance_TheDistanceReplacesTheDerivationBothWays()
    {
        var child = Child("name: what-if\nextends: " + _baseline + "\nlinks:\n  kuryk-alat: {distance: 466 km}\n");

        var result = ScenarioLoader.Load(child);

        Assert.Equal("", string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        Assert.Equal([466.0, 466.0], result.Model!.Links.Where(l => l.Id is "kuryk-alat" or "kuryk-alat.back").Select(l => l.DistanceKm));
    }

    [Fact]
    public void Load_ChildGivesABadDistance_TheErrorIsInTheChildFile()
    {
        var child = Child("name: what-if\nextends: " + _baseline + "\nlinks:\n  kuryk-alat: {distance: -466 km}\n");

        var result = ScenarioLoader.Load(child);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal((child, 4, 26), (error.File, error.Line, error.Column));
        Assert.StartsWith("links.kuryk-alat.distance is -466 km;", error.Message, StringComparison.Ordinal);
    }

    private string Child(string text) => _dir.Write("what-if.yaml", text);
}
