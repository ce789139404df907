using System.Text.Json;
using System.Text.Json.Nodes;
using Corridors.Report.Data;
using Corridors.Report.Page;

namespace Corridors.Report.Tests;

/// <summary>How reports read summary.json's bottlenecks: nodes and links each looked up where they live, older node-only files still read.</summary>
[Collection(SharedReportOutputs.Name)]
public sealed class BottleneckReadingTests(ReportOutputs outputs)
{
    [Fact]
    public void RunIntro_OfTheBaseline_NamesEachBottleneckWithItsStageAndItsOwnWait()
    {
        using var summary = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outputs.RunFolder, "summary.json")));
        var written = summary.RootElement.GetProperty("bottlenecks").EnumerateArray()
            .Select(b => (Scope: b.GetProperty("scope").GetString()!, Id: b.GetProperty("id").GetString()!, What: b.GetProperty("what").GetString()!)).ToList();

        var run = RunFolder.Read(outputs.RunFolder);
        var intro = RunIntro.Html(run);

        Assert.NotEmpty(written);
        Assert.Contains(written, b => b.Scope == "link");
        Assert.Equal(written, run.Bottlenecks.Select(b => (b.Scope, b.Id, b.What)));
        Assert.All(run.Bottlenecks, b =>
        {
            var figures = RunIntro.Find(run, b);
            Assert.NotNull(figures);
            Assert.Same(figures, (b.Scope == "link" ? run.Links : run.Nodes).Single(e => e.Id == b.Id));
            Assert.Contains(b.What + ", mean wait ", intro, StringComparison.Ordinal);
        });
        Assert.All(run.Bottlenecks.Where(b => b.Scope == "link"), b => Assert.Contains($"the {b.Id} link (", intro, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SummaryOfAnOlderVersionListingNodeIds_ReadsThemAsNodes()
    {
        var folder = Path.Combine(outputs.Root, "older-bottlenecks");
        Directory.CreateDirectory(folder);
        foreach (var file in new[] { "network.json", "manifest.json", "timeseries.csv" })
        {
            File.Copy(Path.Combine(outputs.RunFolder, file), Path.Combine(folder, file), overwrite: true);
        }

        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(outputs.RunFolder, "summary.json")))!.AsObject();
        summary["bottlenecks"] = new JsonArray("aktau", "alat");
        File.WriteAllText(Path.Combine(folder, "summary.json"), summary.ToJsonString());

        var run = RunFolder.Read(folder);

        Assert.Equal([new BottleneckPlace("node", "aktau", ""), new BottleneckPlace("node", "alat", "")], run.Bottlenecks);
        Assert.Contains("(mean wait ", RunIntro.Html(run), StringComparison.Ordinal);
    }
}
