using Corridors.Core.Analysis;

namespace Corridors.Cli.Output.Comparison;

/// <summary>
/// The few lines a planner reads first: the elements only one plan has (largest tonnage first), then the
/// largest changes of the figures on screen, ranked by size in units of each figure's resolution (a
/// 50 kt/yr change and a 5 h change are both 50 steps), so that tonnes, hours and percentages compete fairly.
/// </summary>
internal static class ChangeSummary
{
    private const int OneSidedListed = 3;
    private const int ChangesListed = 5;

    private static readonly string[] ScopesInOrder = ["corridor", "node", "link"];

    public static void Write(TextWriter output, IReadOnlyList<PairedDifference> differences)
    {
        var lines = OneSided(differences).Concat(Largest(differences)).ToList();
        output.WriteLine(lines.Count == 0
            ? "What changed most: nothing — no figure changed by at least its resolution beyond noise, and both plans have the same elements."
            : "What changed most:");
        foreach (var line in lines)
        {
            output.WriteLine("  - " + line);
        }
    }

    // "New corridor a->b:grain (only in the alternative): 399 kt/yr."
    private static IEnumerable<string> OneSided(IReadOnlyList<PairedDifference> differences)
    {
        var elements = ScopesInOrder.SelectMany(scope => ComparisonScreen.Elements(differences, scope).Select(e => (Scope: scope, e.Id, e.Rows)))
            .Where(e => e.Rows[0].Presence != Presence.Both)
            .Select(e => (e.Scope, e.Id, e.Rows[0].Presence, Tonnes: e.Rows.FirstOrDefault(d => d.Key.Measure == "tonnes_per_year")))
            .OrderByDescending(e => e.Tonnes is null ? 0 : Math.Max(Zero(e.Tonnes.BaseMean), Zero(e.Tonnes.AltMean)))
            .ToList();
        foreach (var (scope, id, presence, tonnes) in elements.Take(OneSidedListed))
        {
            var carried = tonnes is null ? "" : ": " + FigureLabel.For(tonnes.Key)!.Value(presence == Presence.AltOnly ? tonnes.AltMean : tonnes.BaseMean) + " kt/yr";
            yield return presence == Presence.AltOnly
                ? $"New {scope} {id} (only in the alternative){carried}."
                : $"Removed {scope} {id} (only in the base){carried}.";
        }

        if (elements.Count > OneSidedListed)
        {
            yield return FormattableString.Invariant($"{elements.Count - OneSidedListed} more elements are in one plan only (marked new or removed below).");
        }
    }

    // "link kuryk-alat-ferry: mean wait h 687.0 → 120.0 (-567.0 ± 40.0, -82.5 %)."
    private static IEnumerable<string> Largest(IReadOnlyList<PairedDifference> differences) =>
        ScopesInOrder.Append(RouteChoiceMetrics.RouteScope)
            .SelectMany(scope => ComparisonScreen.Elements(differences, scope).SelectMany(e => e.Rows))
            .Where(d => d.Presence == Presence.Both && PracticalChange.Verdict(d) == ChangeVerdict.Changed)
            .OrderByDescending(d => Math.Abs(d.Difference.Mean) / Math.Max(PracticalChange.Resolution(d.Key), double.Epsilon))
            .Take(ChangesListed)
            .Select(d =>
            {
                var label = FigureLabel.For(d.Key)!;
                var relative = ComparisonScreen.Relative(d);
                return $"{d.Key.Scope} {d.Key.Id}: {label.Label} {label.Value(d.BaseMean)} → {label.Value(d.AltMean)} ({label.Difference(d.Difference)}{(relative == "–" ? "" : ", " + relative)}).";
            });

    private static double Zero(double value) => double.IsNaN(value) ? 0 : value;
}
