using Corridors.Core.Experiments;
using Corridors.Core.Reports;
using Corridors.Core.Routing;
using Corridors.Core.World;
using Corridors.Scenarios;
using Corridors.Testing;

namespace Corridors.Report.Tests;

/// <summary>
/// Runs the baseline and the Ayagoz–Tacheng rail plan once (3 replications each, common random numbers)
/// and writes a run folder and a comparison folder with their reports, shared by every test here.
/// </summary>
public sealed class ReportOutputs : IDisposable
{
    private const int Replications = 3;

    public ReportOutputs()
    {
        Root = Path.Combine(Path.GetTempPath(), $"corridors-report-tests-{Environment.ProcessId}-{Guid.NewGuid():N}");
        RunFolder = Path.Combine(Root, "run");
        ComparisonFolder = Path.Combine(Root, "compare");
        var baseline = Load("caspian-baseline");
        var alternative = Load("ayagoz-tacheng-rail");
        var alternativeModel = alternative.Model!with { Experiment = alternative.Model!.Experiment with { Seed = baseline.Model!.Experiment.Seed } };
        var baseScenario = CompiledScenario.Compile(baseline.Model!, RouteProviders.Default(baseline.Model!));
        var altScenario = CompiledScenario.Compile(alternativeModel, RouteProviders.Default(alternativeModel));
        var baseResults = MonteCarloRunner.Run(baseScenario, 0, Replications, 2);
        var altResults = MonteCarloRunner.Run(altScenario, 0, Replications, 2);
        RunOutputs.Write(RunFolder, baseScenario, baseResults, baseline.Files, "test", ["run"]);
        RunReportPath = RunReport.Write(RunFolder);
        ComparisonOutputs.Write(ComparisonFolder, ["caspian-baseline", "ayagoz-tacheng-rail"], [baseline.Model!, alternativeModel],
            [("ayagoz-tacheng-rail", ScenarioComparison.Compare(baseResults, altResults))], [.. baseline.Files.Concat(alternative.Files).Distinct()],
            baseline.Model!.Experiment.Seed, Replications, "test");
        ComparisonReportPath = ComparisonReport.Write(ComparisonFolder);
    }

    public string Root { get; }

    public string RunFolder { get; }

    public string ComparisonFolder { get; }

    public string RunReportPath { get; }

    public string ComparisonReportPath { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static LoadResult Load(string name)
    {
        var loaded = ScenarioLoader.Load(Repository.File("scenarios", name + ".yaml"));
        Assert.Equal(0, loaded.ErrorCount);
        return loaded;
    }
}
