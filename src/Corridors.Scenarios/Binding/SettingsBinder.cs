using Corridors.Core.Model;
using Corridors.Scenarios.Loading;
using Corridors.Scenarios.Text;

namespace Corridors.Scenarios.Binding;

/// <summary>Binds the scenario-wide sections: <c>sources</c>, <c>experiment</c> and <c>routing</c>.</summary>
internal static class SettingsBinder
{
    private static readonly IReadOnlyList<(string Word, RouteChoice Value)> Choices = [("static", RouteChoice.Static), ("dynamic", RouteChoice.Dynamic)];

    /// <summary>Reads the sources catalogue (id → citation, url).</summary>
    public static List<SourceRef> Sources(MapReader root)
    {
        var sources = new List<SourceRef>();
        foreach (var (id, r, _) in Elements.Of(root, "sources", "source", required: false))
        {
            root.Context.SourceIds.Add(id);
            if (r is null)
            {
                continue;
            }

            var citation = r.Text("citation", required: true) ?? "";
            var url = r.Text("url");
            _ = r.Text("note");
            r.Finish();
            sources.Add(new SourceRef(id, citation, url));
        }

        return sources;
    }

    /// <summary>Reads <c>experiment</c>; the start date is kept in the context for dates elsewhere.</summary>
    public static ExperimentSpec Experiment(MapReader root)
    {
        var context = root.Context;
        var sites = context.Register("experiment", "", new ElementSites(new Site(root.Map, "experiment")));
        if (root.Child("experiment", required: true, ownSites: sites) is not { } e)
        {
            sites.Fail("");
            return new ExperimentSpec(1, 0, 1, 0, new DateOnly(2024, 1, 1));
        }

        context.StartDate = e.Date("start_date", required: true);
        var horizon = e.Quantity("horizon", Dimension.Duration, "HorizonHours", required: true);
        var warmup = e.Quantity("warmup", Dimension.Duration, "WarmupHours") ?? 0;
        var replications = e.Int("replications", "Replications", required: true);
        var seed = e.Long("seed", "Seed", required: true);
        e.Finish();
        return new ExperimentSpec(horizon ?? warmup + 1, warmup, replications ?? 1, (ulong)(seed ?? 0), context.StartDate ?? new DateOnly(2024, 1, 1));
    }

    /// <summary>Reads <c>routing</c>; without it, routes are the fastest (weights 1, 0, 0), one per flow, all-or-nothing.</summary>
    public static RoutingSpec Routing(MapReader root)
    {
        var sites = root.Context.Register("routing", "", new ElementSites(new Site(root.Map, "routing")));
        if (root.Child("routing", ownSites: sites) is not { } r)
        {
            return new RoutingSpec(new CostWeights(1, 0, 0), 1, double.PositiveInfinity);
        }

        var weights = new CostWeights(1, 0, 0);
        if (r.Child("weights", "Weights") is { } w)
        {
            weights = new CostWeights(w.Number("per_hour", "PerHour") ?? 0, w.Number("per_usd", "PerUsd") ?? 0, w.Number("per_kg_co2", "PerKgCo2") ?? 0);
            w.Finish();
        }

        var k = r.Int("k", "K") ?? 1;
        var scale = Elements.ScalarOf(r, "logit_scale") is { Value: "all-or-nothing" } && r.Has("logit_scale")
            ? double.PositiveInfinity
            : r.Number("logit_scale", "LogitScale") ?? double.PositiveInfinity;
        var choice = r.Choice("choice", Choices, "Choice") ?? RouteChoice.Dynamic;
        var rerouting = r.Bool("rerouting", "Rerouting") ?? true;
        var lookahead = Elements.ScalarOf(r, "closure_lookahead") is { Value: "unlimited" } && r.Has("closure_lookahead")
            ? double.PositiveInfinity
            : r.Quantity("closure_lookahead", Dimension.Duration, "ClosureLookaheadHours") ?? double.PositiveInfinity;
        var congestion = r.Number("congestion_weight", "CongestionWeight") ?? 1;
        r.Finish();
        return new RoutingSpec(weights, k, scale)
        {
            Choice = choice,
            Rerouting = rerouting,
            ClosureLookaheadHours = lookahead,
            CongestionWeight = congestion,
        };
    }
}
