using System.Globalization;
using System.Text;
using Corridors.Report.Data;

namespace Corridors.Report.Page;

/// <summary>The text at the top of a run report: what was run, then what the figures say in words.</summary>
internal static class RunIntro
{
    private const string Warning = "<p class=\"warning\" style=\"border-left: 4px solid #b00020; background: #fdf0f2; padding: .5em .8em;\">";

    public static string Html(RunData run)
    {
        var names = run.NetworkNodes.ToDictionary(n => n.Id, n => n.Name, StringComparer.Ordinal);
        var html = new StringBuilder();
        html.Append("<h1>").Append(Text.Html(run.Scenario)).Append("</h1>\n<p class=\"meta\">")
            .Append(Text.Html(FormattableString.Invariant($"Seed {run.Seed}, {run.Replications} replications of {run.MeasuredHours / 24:0.#} measured days (after the warm-up; scenario starts {run.StartDate}); corridors {run.Version}. Every figure is a mean over replications with its 95 % confidence interval in brackets.")))
            .Append("</p>\n");
        if (run.SteadyStateReasons.Count > 0)
        {
            html.Append(Warning).Append("<strong>Not in steady state: the waits and transit times below are not settled results.</strong> ")
                .Append(Text.Html(string.Join("; ", run.SteadyStateReasons) + ".")).Append("</p>\n");
        }

        var waits = run.Bottlenecks.Select(b => Phrase(b, Find(run, b), names)).OfType<string>().ToList();
        html.Append("<p>");
        if (waits.Count > 0)
        {
            html.Append(Text.Html($"Most goods wait at {Join(waits)} (ranked by tonnes waiting: mean wait × tonnes a year). "));
        }

        var busiest = run.Corridors.Where(c => c["tonnes_per_year"].IsDefined).OrderByDescending(c => c["tonnes_per_year"].Mean).Take(3)
            .Select(c => $"{c.Id} {Text.WithInterval(c["tonnes_per_year"], "kt/yr", 1000)}").ToList();
        if (busiest.Count > 0)
        {
            html.Append(Text.Html($"The busiest corridors are {Join(busiest)}. "));
        }

        var total = run.Corridors.Sum(c => c["tonnes_per_year"].IsDefined ? c["tonnes_per_year"].Mean : 0);
        html.Append(Text.Html(string.Create(CultureInfo.InvariantCulture, $"In all, {Text.Number(total / 1e6, 2)} Mt a year are delivered on {run.Corridors.Count} corridors.")));
        html.Append("</p>");
        return html.ToString();
    }

    // "the kuryk-alat link (waiting for a ferry sailing, mean wait 8.7 h [7.9, 9.5])"; null without figures.
    private static string? Phrase(BottleneckPlace place, Entity? figures, Dictionary<string, string> names)
    {
        if (figures is null)
        {
            return null;
        }

        var name = place.Scope == "link" ? $"the {place.Id} link" : names.GetValueOrDefault(place.Id, place.Id);
        var what = place.What.Length > 0 ? place.What + ", " : "";
        return $"{name} ({what}mean wait {Text.WithInterval(figures["mean_wait_h"], "h")})";
    }

    /// <summary>Gets the figures of a bottleneck from the nodes or the links, as its scope says; null when the file lacks them.</summary>
    public static Entity? Find(RunData run, BottleneckPlace place) =>
        (place.Scope == "link" ? run.Links : run.Nodes).FirstOrDefault(e => e.Id == place.Id);

    /// <summary>Joins phrases as "a, b and c".</summary>
    public static string Join(IReadOnlyList<string> parts) =>
        parts.Count <= 1 ? string.Concat(parts) : string.Join("; ", parts.Take(parts.Count - 1)) + " and " + parts[^1];
}
