namespace Corridors.Report.Tests;

[Collection(SharedReportOutputs.Name)]
public sealed class BatchIndexTests(ReportOutputs outputs)
{
    [Fact]
    public void Rebuild_BatchFolder_WritesEachScenariosReportAndAnIndexLinkingThem()
    {
        var batch = Path.Combine(outputs.Root, "batch");
        var scenario = Path.Combine(batch, "caspian-baseline");
        Directory.CreateDirectory(scenario);
        foreach (var file in Directory.GetFiles(outputs.RunFolder).Where(f => !f.EndsWith(".html", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(scenario, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(batch, "batch.csv"), "scenario,scope,id,measure,n\ncaspian-baseline,node,aktau,utilization,3\n");

        var written = ReportFolder.Rebuild(batch);

        Assert.Equal([Path.Combine(scenario, "report.html"), Path.Combine(batch, "index.html")], written);
        Assert.Equal(File.ReadAllBytes(outputs.RunReportPath), File.ReadAllBytes(written[0]));
        var index = File.ReadAllText(written[1]);
        Assert.Contains("<a href=\"caspian-baseline/report.html\">caspian-baseline</a>", index, StringComparison.Ordinal);
        Assert.Contains("content=\"default-src 'none'; style-src 'unsafe-inline'", index, StringComparison.Ordinal);
    }
}
