using System.Text;
using Corridors.Report.Data;

namespace Corridors.Report.Page;

/// <summary>The text at the top of a comparison report: what was compared, and which corridors changed (beyond noise, by at least the 1 kt/yr resolution).</summary>
internal static class ComparisonIntro
{
    private const int Listed = 6;

    public static string Html(ComparisonData data)
    {
        var html = new StringBuilder();
        html.Append("<h1>").Append(Text.Html($"{string.Join(", ", data.Alternatives)} against {data.Base}")).Append("</h1>\n<p class=\"meta\">")
            .Append(Text.Html(FormattableString.Invariant($"Seed {data.Seed}, {data.Replications} replications of each plan with common random numbers (the same seed and replication numbers), so each difference has a paired 95 % interval; corridors {data.Version}.")))
            .Append("</p>\n");
        foreach (var alternative in data.Alternatives)
        {
            var corridors = data.Differences.Where(d => d.Alternative == alternative && d.Scope == "corridor" && d.Measure == "tonnes_per_year" && double.IsFinite(d.Mean)).ToList();
            var changed = corridors.Where(d => d.Changed).OrderByDescending(d => Math.Abs(d.Mean)).ToList();
            var phrases = changed.Take(Listed).Select(d => $"{d.Id} {(d.Mean > 0 ? "+" : "")}{Text.Number(d.Mean / 1000)} kt/yr ({Text.Number(d.Low / 1000)} to {Text.Number(d.High / 1000)}){OneSided(d)}").ToList();
            html.Append("<p>").Append(Text.Html(changed.Count == 0
                ? $"{alternative}: no corridor's tonnes per year changed beyond noise by {Difference.TonnesResolution} or more ({corridors.Count} corridor{(corridors.Count == 1 ? "" : "s")})."
                : $"{alternative}: {changed.Count} of {corridors.Count} corridors changed their tonnes per year beyond noise by {Difference.TonnesResolution} or more{(changed.Count > Listed ? $"; the largest {Listed}" : "")}: {RunIntro.Join(phrases)}."))
                .Append("</p>\n");
        }

        return html.ToString();
    }

    // A corridor only one plan has: its tonnes are all new, or all gone.
    private static string OneSided(Difference d) => d.BaseMean == 0 && d.AltMean > 0 ? ", new" : d.AltMean == 0 && d.BaseMean > 0 ? ", gone" : "";
}
