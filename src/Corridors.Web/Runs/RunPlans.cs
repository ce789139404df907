using System.Globalization;
using Corridors.Web.Endpoints;
using Corridors.Web.Library;

namespace Corridors.Web.Runs;

/// <summary>Checks a run request: the text loads without errors, extends a library scenario, and asks for replications or a precision target within the limits.</summary>
internal static class RunPlans
{
    /// <summary>Returns the plan, or the problems (one line each, the loader's diagnostics as `corridors validate` prints them).</summary>
    public static (RunPlan? Plan, IReadOnlyList<string> Problems) Create(ScenarioLibrary library, WebOptions options, byte[] text, TextRequest request)
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

        if (Stop(request, model.Experiment.Replications, options) is not { } stop)
        {
            return (null, [Refusal(request, options)]);
        }

        var chain = new List<(string, byte[])> { (ScenarioLibrary.WhatIfFile, text) };
        foreach (var file in load.Files.Skip(1))
        {
            var name = Path.GetFileName(file);
            chain.Add((name, library.Bytes(name) ?? throw new InvalidOperationException($"the loader read {name}, which is not in the library")));
        }

        var s = request.Seed ?? model.Experiment.Seed;

        // As `corridors run --seed S` does (and its default --series-step of one day).
        model = model with { Experiment = model.Experiment with { Seed = s, SeriesStepHours = 24 } };
        return (new RunPlan(RunKey.Of(chain, stop, s), text, model, baseScenario, chain, stop, s), []);
    }

    // The stop rule when the request's numbers are within the limits; null otherwise (Refusal says why).
    private static StopRule? Stop(TextRequest request, int scenarioReplications, WebOptions options)
    {
        if (request.PrecisionPercent is { } p)
        {
            var cap = request.MaxReplications ?? options.MaxReplications;
            return request.Replications is null && p > 0 && p < 100 && cap >= StopRule.PrecisionMinimum && cap <= options.MaxReplications ? new StopRule(cap, p) : null;
        }

        var n = request.Replications ?? Math.Max(2, scenarioReplications);
        return request.MaxReplications is null && n >= 2 && n <= options.MaxReplications ? new StopRule(n, null) : null;
    }

    private static string Refusal(TextRequest request, WebOptions options) => request switch
    {
        { PrecisionPercent: not null, Replications: not null } => "replications and precision_percent both given; expected one of them",
        { PrecisionPercent: { } p } when !(p > 0 && p < 100) => Invariant($"precision_percent is {p}; expected a percentage between 0 and 100 such as 5 (every headline figure within ±5 % of its mean)"),
        { PrecisionPercent: not null, MaxReplications: { } cap } => Invariant($"max_replications is {cap}; expected a whole number from {StopRule.PrecisionMinimum} to {options.MaxReplications}"),
        { PrecisionPercent: null, MaxReplications: not null } => "max_replications is the cap of a precision target; expected precision_percent with it, or replications alone",
        _ => Invariant($"replications is {request.Replications}; expected a whole number from 2 (a comparison needs two) to {options.MaxReplications}"),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
