using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Corridors.Report.Tests;

/// <summary>What the report file holds, read without a browser: the numbers of summary.json, a policy that lets nothing out, a sensible size.</summary>
[Collection(SharedReportOutputs.Name)]
public sealed partial class ReportContentTests(ReportOutputs outputs)
{
    [Fact]
    public void RunReport_NumbersInItsCharts_AreTheNumbersOfSummaryJson()
    {
        var specs = Specs(File.ReadAllText(outputs.RunReportPath));
        using var summary = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outputs.RunFolder, "summary.json")));
        var nodes = Metrics(summary, "nodes");
        var corridors = Metrics(summary, "corridors");

        var mapNodes = specs["chart-map"]!["layer"]!.AsArray().Single(l => (string?)l!["name"] == "nodes")!["data"]!["values"]!.AsArray();
        Assert.NotEmpty(mapNodes);
        Assert.All(mapNodes, n => Assert.Equal(nodes[(string)n!["id"]!].GetProperty("tonnes_per_year").GetProperty("mean").GetDouble(), (double)n!["tonnes_per_year"]!));
        var bars = specs["chart-corridor-tonnes"]!["data"]!["values"]!.AsArray();
        Assert.Equal(corridors.Count, bars.Count);
        Assert.All(bars, c => Assert.Equal(corridors[(string)c!["corridor"]!].GetProperty("tonnes_per_year").GetProperty("mean").GetDouble(), (double)c!["tonnes_per_year"]!));
        var waits = specs["chart-nodes"]!["data"]!["values"]!.AsArray();
        Assert.All(waits.Where(w => w!["mean_wait_h"] is not null), w =>
        {
            var wait = nodes[(string)w!["node"]!].GetProperty("mean_wait_h");
            Assert.Equal(wait.GetProperty("mean").GetDouble(), (double)w!["mean_wait_h"]!);
            Assert.Equal(wait.GetProperty("ci_low").GetDouble(), (double)w!["mean_wait_h_low"]!);
            Assert.Equal(wait.GetProperty("ci_high").GetDouble(), (double)w!["mean_wait_h_high"]!);
        });
    }

    [Fact]
    public void ComparisonReport_LinkChangesOnItsMap_AreTheDifferencesOfCompareCsv()
    {
        var specs = Specs(File.ReadAllText(outputs.ComparisonReportPath));
        var rows = File.ReadAllLines(Path.Combine(outputs.ComparisonFolder, "compare.csv")).Skip(1).Select(l => l.Split(','))
            .Where(c => c[2] == "link" && c[4] == "tonnes_per_year").ToDictionary(c => c[3]);

        var links = specs["chart-map-0"]!["layer"]!.AsArray().Single(l => (string?)l!["name"] == "links")!["data"]!["values"]!.AsArray();
        Assert.NotEmpty(links);
        Assert.All(links, l =>
        {
            var row = rows[(string)l!["id"]!];
            Assert.Equal(double.Parse(row[8], System.Globalization.CultureInfo.InvariantCulture), (double)l!["difference"]!);
            Assert.Equal(row[11] == "yes", (bool)l!["significant"]!);
            Assert.Equal(row[14] == "changed", (bool)l!["changed"]!);
        });
    }

    [Fact]
    public void RunReport_Policy_AllowsExactlyItsOwnScriptsAndNoRequest()
    {
        var html = File.ReadAllText(outputs.RunReportPath);
        var policy = PolicyPattern().Match(html).Groups[1].Value;
        var scripts = ScriptPattern().Matches(html).Select(m => m.Groups[1].Value).ToList();

        Assert.StartsWith("default-src 'none'; script-src ", policy, StringComparison.Ordinal);
        Assert.Equal(4, scripts.Count);
        var allowed = HashPattern().Matches(policy).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(scripts.Select(s => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(s)))), allowed);
        Assert.DoesNotContain("sourceMappingURL", html, StringComparison.Ordinal);
        Assert.Contains("actions: false", html, StringComparison.Ordinal);
        Assert.Contains("ast: true", html, StringComparison.Ordinal);
        Assert.Contains("Third-party software and data", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RunReport_OfTheBaseline_StaysWithinOneAndAHalfMegabytes() =>
        Assert.InRange(new FileInfo(outputs.RunReportPath).Length, 1, 1_500_000);

    internal static JsonObject Specs(string html) => JsonNode.Parse(SpecsPattern().Match(html).Groups[1].Value)!.AsObject();

    private static Dictionary<string, JsonElement> Metrics(JsonDocument summary, string scope) =>
        summary.RootElement.GetProperty(scope).EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("metrics"));

    [GeneratedRegex("<script type=\"application/json\" id=\"specs\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex SpecsPattern();

    [GeneratedRegex("http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\"")]
    private static partial Regex PolicyPattern();

    [GeneratedRegex("<script>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ScriptPattern();

    [GeneratedRegex("'sha256-([^']*)'")]
    private static partial Regex HashPattern();
}
