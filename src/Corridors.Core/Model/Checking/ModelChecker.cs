namespace Corridors.Core.Model.Checking;

/// <summary>
/// The last line of defence before a run or a route search: checks ranges and references of a
/// <see cref="ScenarioModel"/> and reports every problem with its element and field. The scenario
/// loader runs it too and maps each problem back to a file position.
/// </summary>
public static class ModelChecker
{
    /// <summary>Returns every problem of <paramref name="model"/>; empty when it is valid.</summary>
    public static IReadOnlyList<ModelProblem> Check(ScenarioModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var sink = new ProblemSink();
        var ids = new ModelIndex(model, sink);
        CheckExperiment(model.Experiment, sink.For("experiment", ""));
        CheckRouting(model.Routing, sink.For("routing", ""));
        foreach (var c in model.Commodities)
        {
            CheckCommodity(c, sink.For("commodity", c.Id));
        }

        foreach (var node in model.Nodes)
        {
            NodeChecks.Check(node, sink.For("node", node.Id));
        }

        foreach (var link in model.Links)
        {
            LinkChecks.Check(link, ids, sink.For("link", link.Id));
        }

        foreach (var flow in model.Flows)
        {
            DemandChecks.Check(flow, ids, sink.For("flow", flow.Id));
        }

        foreach (var disruption in model.Disruptions)
        {
            DisruptionChecks.Check(disruption, ids, sink.For("disruption", disruption.Id));
        }

        return sink.Problems;
    }

    /// <summary>Throws <see cref="InvalidModelException"/> listing every problem, if there are any.</summary>
    public static void ThrowIfInvalid(ScenarioModel model)
    {
        var problems = Check(model);
        if (problems.Count > 0)
        {
            throw new InvalidModelException(problems);
        }
    }

    private static void CheckExperiment(ExperimentSpec e, ProblemSink sink)
    {
        sink.Positive(nameof(e.HorizonHours), e.HorizonHours);
        sink.NonNegative(nameof(e.WarmupHours), e.WarmupHours);
        if (e.WarmupHours >= e.HorizonHours)
        {
            sink.Add(nameof(e.WarmupHours), $"is {ProblemSink.Show(e.WarmupHours)} h; expected less than the horizon ({ProblemSink.Show(e.HorizonHours)} h)");
        }

        sink.AtLeastOne(nameof(e.Replications), e.Replications);
    }

    private static void CheckRouting(RoutingSpec r, ProblemSink sink)
    {
        sink.AtLeastOne(nameof(r.K), r.K);
        if (!(r.LogitScale >= 0))
        {
            sink.Add(nameof(r.LogitScale), $"is {ProblemSink.Show(r.LogitScale)}; expected a number ≥ 0 (or infinity for all-or-nothing)");
        }

        if (!(r.ClosureLookaheadHours >= 0))
        {
            sink.Add(nameof(r.ClosureLookaheadHours), $"is {ProblemSink.Show(r.ClosureLookaheadHours)} h; expected a duration ≥ 0");
        }

        if (!(r.CongestionWeight >= 0) || double.IsPositiveInfinity(r.CongestionWeight))
        {
            sink.Add(nameof(r.CongestionWeight), $"is {ProblemSink.Show(r.CongestionWeight)}; expected a number ≥ 0");
        }

        var w = r.Weights;
        sink.NonNegative("Weights.PerHour", w.PerHour);
        sink.NonNegative("Weights.PerUsd", w.PerUsd);
        sink.NonNegative("Weights.PerKgCo2", w.PerKgCo2);
        if (w.PerHour + w.PerUsd + w.PerKgCo2 == 0)
        {
            sink.Add("Weights", "are all 0; expected at least one weight > 0");
        }
    }

    private static void CheckCommodity(Commodity c, ProblemSink sink)
    {
        sink.Positive(nameof(c.TonnesPerTeu), c.TonnesPerTeu);
        sink.NonNegative(nameof(c.ValueUsdPerUnit), c.ValueUsdPerUnit);
        if (c.PerishabilityDays is { } days)
        {
            sink.Positive(nameof(c.PerishabilityDays), days);
        }
    }
}
