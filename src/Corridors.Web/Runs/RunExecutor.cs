using System.Globalization;
using Corridors.Core.Analysis;
using Corridors.Core.Experiments;
using Corridors.Core.Model;
using Corridors.Core.Reports;
using Corridors.Core.Results;
using Corridors.Core.Routing;
using Corridors.Core.World;
using Corridors.Report;
using Corridors.Web.Library;

namespace Corridors.Web.Runs;

/// <summary>
/// Does one run as the command line would: `corridors run what-if.yaml -n N --seed S --out run/` (or
/// `--precision P% --max-replications M`) and `corridors compare BASE what-if.yaml -n N --seed S --out compare/`,
/// with the same writers, into DATA/runs/&lt;id&gt;/. The what-if's replications are run once and serve both;
/// the base's run at the same time (the silo's workers take leases from both), and an experiment is keyed
/// by its content, so a base another run has computed already costs nothing.
/// </summary>
internal sealed class RunExecutor(ExperimentGateway gateway)
{
    public async Task<RunRecord> RunAsync(RunPlan plan, WebRun run, string folder, CancellationToken cancellation)
    {
        var scenarioFolder = Path.Combine(folder, "scenario");
        Directory.CreateDirectory(scenarioFolder);
        var files = new List<string>();
        foreach (var (name, bytes) in plan.Chain)
        {
            var path = Path.Combine(scenarioFolder, name);
            await File.WriteAllBytesAsync(path, bytes, cancellation);
            files.Add(path);
        }

        // The base with the same seed and replication numbers: common random numbers, as `corridors compare` runs it.
        var baseModel = plan.Base.Model!;
        baseModel = baseModel with { Experiment = baseModel.Experiment with { Seed = plan.Seed, SeriesStepHours = 24 } };
        var whatIf = new RunSide(gateway, Compile(plan.Model), files, run, isBase: false);
        var @base = new RunSide(gateway, Compile(baseModel), files.Skip(1).ToList(), run, isBase: true);
        run.Update(RunState.Running, "replicating");
        IReadOnlyList<ReplicationResult> results;
        if (plan.Stop.PrecisionPercent is { } percent)
        {
            // PrecisionRunner asks for batches in turn (each starting where the last ended, as the sides count too) and keeps the
            // smallest n that meets the rule, as `corridors run --precision` does.
            var outcome = await Task.Run(
                () => PrecisionRunner.Run(plan.Model, (first, count) => BothAsync(whatIf, @base, count, cancellation).GetAwaiter().GetResult(),
                    new PrecisionRule(percent / 100), StopRule.PrecisionMinimum, plan.Replications, StopRule.PrecisionMinimum), cancellation);
            results = outcome.Results;
        }
        else
        {
            results = await BothAsync(whatIf, @base, plan.Replications, cancellation);
        }

        var n = results.Count;
        var baseResults = @base.Results.Take(n).ToList();
        run.Update(RunState.Running, "reports");
        var runFolder = Path.Combine(folder, "run");
        var compareFolder = Path.Combine(folder, "compare");
        var whatIfName = Path.GetFileNameWithoutExtension(ScenarioLibrary.WhatIfFile);
        string[] commandLine = ["run", ScenarioLibrary.WhatIfFile, .. plan.Stop.Options, "--seed", plan.Seed.ToString(CultureInfo.InvariantCulture)];

        // The two folders are independent: written on both cores.
        await Task.WhenAll(
            Task.Run(() =>
            {
                RunOutputs.Write(runFolder, whatIf.Scenario, results, files, ToolVersion.Current, commandLine);
                RunReport.Write(runFolder);
            }, cancellation),
            Task.Run(() =>
            {
                ComparisonOutputs.Write(compareFolder, [plan.Base.Id, whatIfName], [baseModel, plan.Model],
                    [(whatIfName, ScenarioComparison.Compare(baseResults, results))], [.. files.Skip(1), files[0]], plan.Seed, n, ToolVersion.Current);
                ComparisonReport.Write(compareFolder);
            }, cancellation));

        var record = new RunRecord(plan.Base.Id, n, plan.Stop.PrecisionPercent, plan.Seed, Figure(results), Figure(baseResults));
        record.Write(folder);
        return record;
    }

    // The next batch of both experiments at once; returns the what-if's.
    private static async Task<IReadOnlyList<ReplicationResult>> BothAsync(RunSide whatIf, RunSide @base, int count, CancellationToken cancellation)
    {
        var mine = whatIf.NextAsync(count, cancellation);
        await Task.WhenAll(mine, @base.NextAsync(count, cancellation));
        return await mine;
    }

    // The headline figure over exactly the replications kept (a precision run may have run more).
    private static HeadlinePoint? Figure(IReadOnlyList<ReplicationResult> results)
    {
        var figure = new RunningFigure();
        foreach (var result in results)
        {
            figure.Add(result);
        }

        return figure.Point();
    }

    private static CompiledScenario Compile(ScenarioModel model) => CompiledScenario.Compile(model, RouteProviders.Default(model));
}
