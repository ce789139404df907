using Corridors.Core.Model;
using Corridors.Testing;

namespace Corridors.Scenarios.Tests;

/// <summary>The scenarios/ folder: every file loads with no error and no warning; the baseline has the agreed shape.</summary>
public sealed class ScenarioLibraryTests
{
    private static readonly string Folder = Repository.File("scenarios");

    public static TheoryData<string> Files
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var file in Directory.GetFiles(Folder, "*.yaml").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file));
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Load_LibraryScenario_HasNoErrorsAndNoWarnings(string file)
    {
        var result = ScenarioLoader.Load(Path.Combine(Folder, file));
        Assert.Equal("", string.Join("\n", result.Diagnostics));
        Assert.NotNull(result.Model);
        Assert.Equal(Path.GetFileNameWithoutExtension(file), result.Model.Name);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Load_WhatIf_ExtendsTheBaseline(string file)
    {
        var result = ScenarioLoader.Load(Path.Combine(Folder, file));
        var expected = file == "caspian-baseline.yaml" ? 1 : 2;
        Assert.Equal(expected, result.Files.Count);
        Assert.Equal(Path.Combine(Folder, "caspian-baseline.yaml"), result.Files[^1]);
    }

    [Fact]
    public void Load_Baseline_IsModeratelySized()
    {
        var model = Baseline();
        Assert.InRange(model.Nodes.Count, 30, 45);
        Assert.InRange(model.Links.Count, 60, 125);
        Assert.InRange(model.Flows.Count, 20, 40);
    }

    [Fact]
    public void Load_Baseline_RunsOneYearAfterAWarmupFromTheStartOf2024()
    {
        var e = Baseline().Experiment;
        Assert.Equal(8760, e.HorizonHours - e.WarmupHours);
        Assert.Equal(30 * 24, e.WarmupHours);
        Assert.InRange(e.Replications, 10, 20);
        Assert.Equal(new DateOnly(2024, 1, 1), e.StartDate);
    }

    [Fact]
    public void Load_Baseline_HasEveryPlaceTheIssueNames()
    {
        var ids = Baseline().Nodes.ToDictionary(n => n.Id, n => n.Kind);
        string[] ports = ["astrakhan", "olya", "makhachkala", "aktau", "kuryk", "alat", "turkmenbashi", "anzali", "amirabad", "nowshahr", "bandar-abbas", "nhava-sheva"];
        Assert.All(ports, p => Assert.Equal(NodeKind.Port, ids[p]));
        Assert.All(new[] { "lotos", "nipt", "sez-pavlodar" }, z => Assert.Equal(NodeKind.EconomicZone, ids[z]));
        Assert.All(new[] { "atyrau", "omsk", "pavlodar", "urumqi" }, c => Assert.Equal(NodeKind.City, ids[c]));
        string[] crossings = ["dostyk-alashankou", "altynkol-khorgos", "karaozek-kurmangazy", "aksaraiskaya-ganyushkino"];
        Assert.All(crossings, c => Assert.Equal(NodeKind.BorderCrossing, ids[c]));
    }

    [Fact]
    public void Load_TradeTriples_TriplesEveryBaselineVolume()
    {
        var baseline = Baseline().Flows.ToDictionary(f => f.Id, f => f.VolumePerYear);
        var triples = ScenarioLoader.Load(Path.Combine(Folder, "trade-triples.yaml")).Model!;
        Assert.All(triples.Flows, f => Assert.Equal(3 * baseline[f.Id], f.VolumePerYear, 6));
    }

    private static ScenarioModel Baseline() => ScenarioLoader.Load(Path.Combine(Folder, "caspian-baseline.yaml")).Model!;
}
