using System.Globalization;
using Corridors.Web.Library;

namespace Corridors.Web.Runs;

/// <summary>Checks a run request: the text loads without errors, extends a library scenario, and asks for replications within the limit.</summary>
internal static class RunPlans
{
    /// <summary>Returns the plan, or the problems (one line each, the loader's diagnostics as `corridors validate` prints them).</summary>
    public static (RunPlan? Plan, IReadOnlyList<string> Problems) Create(ScenarioLibrary library, WebOptions options, byte[] text, int? replications, ulong? seed)
    {
        var load = library.Load(text);
        if (load.ErrorCount > 0 || load.Model is not { } model)
        {
            return (null, [.. load.Diagnostics.Select(d => d.ToString())]);
        }

        if (load.Files.Count < 2 || library.Find(Path.GetFileNameWithoutExtension(load.Files[1])) is not { Model: not null } baseScenario)
        {
            return (null, [$"{ScenarioLibrary.WhatIfFile}: extends no scenario of the library; expected a line such as 'extends: {library.Scenarios[0].FileName}', so the run can be compared with its base"]);
        }

        var n = replications ?? Math.Max(2, model.Experiment.Replications);
        if (n < 2 || n > options.MaxReplications)
        {
            return (null, [string.Create(CultureInfo.InvariantCulture, $"replications is {n}; expected a whole number from 2 (a comparison needs two) to {options.MaxReplications}")]);
        }

        var chain = new List<(string, byte[])> { (ScenarioLibrary.WhatIfFile, text) };
        foreach (var file in load.Files.Skip(1))
        {
            var name = Path.GetFileName(file);
            chain.Add((name, library.Bytes(name) ?? throw new InvalidOperationException($"the loader read {name}, which is not in the library")));
        }

        var s = seed ?? model.Experiment.Seed;

        // As `corridors run --seed S` does (and its default --series-step of one day).
        model = model with { Experiment = model.Experiment with { Seed = s, SeriesStepHours = 24 } };
        return (new RunPlan(RunKey.Of(chain, n, s), text, model, baseScenario, chain, n, s), []);
    }
}
