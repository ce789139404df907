using Corridors.Core.Analysis;

namespace Corridors.Cli.Output.Comparison;

/// <summary>
/// The text form of one alternative against the base: what changed most, then a table per kind of
/// element (corridors, nodes, links, route shares) with run's labels and units, each figure's base and
/// alternative, ALT − BASE with its paired half-width, the relative change and the verdict.
/// </summary>
internal static class ComparisonScreen
{
    private static readonly (string Scope, string Title, string Column)[] Scopes =
    [
        ("corridor", "Corridors", "corridor"),
        ("node", "Nodes (those that handled goods in either plan)", "node"),
        ("link", "Links (those that carried goods in either plan)", "link"),
        (RouteChoiceMetrics.RouteScope, "Route shares that changed", "route"),
    ];

    /// <summary>
    /// Writes the comparison of <paramref name="alternative"/>; <paramref name="all"/> lists also the elements
    /// where nothing changed. A table takes at most <paramref name="width"/> columns: beyond it the least
    /// important are left out and named (the element, figure, ALT − BASE and verdict stay longest).
    /// </summary>
    public static void Write(TextWriter output, string alternative, IReadOnlyList<PairedDifference> differences, bool all, int width)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"{alternative} − base");
        ChangeSummary.Write(output, differences);
        foreach (var (scope, title, column) in Scopes)
        {
            var elements = Elements(differences, scope).ToList();
            var listed = elements.Where(e => all || e.Rows.Any(Matters)).ToList();
            if (scope == RouteChoiceMetrics.RouteScope && listed.Count == 0)
            {
                continue;
            }

            output.WriteLine();
            output.WriteLine(title);
            if (listed.Count > 0)
            {
                var table = new FittedTable((column, 0), ("figure", 1), ("base>", 5), ("alternative>", 4), ("ALT − BASE>", 2), ("change>", 6), ("verdict", 3));
                foreach (var (id, rows) in listed)
                {
                    foreach (var (d, i) in rows.Select((d, i) => (d, i)))
                    {
                        var label = FigureLabel.For(d.Key)!;
                        table.Add(i == 0 ? Named(id, d.Presence) : "", label.Label, label.Value(d.BaseMean), label.Value(d.AltMean),
                            label.Difference(d.Difference), Relative(d), Verdict(PracticalChange.Verdict(d)));
                    }
                }

                var leftOut = table.Write(output, width, "  ");
                if (leftOut.Count > 0)
                {
                    Paragraph.Write(output, $"  Left out to fit {width} columns (--wide shows them): {string.Join(", ", leftOut)}.", width, "  ");
                }
            }

            if (elements.Count > listed.Count)
            {
                Paragraph.Write(output, FormattableString.Invariant(
                    $"  {(listed.Count == 0 ? "All" : "Other")} {elements.Count - listed.Count} {column}s: no figure changed (every difference below its resolution or within noise); --all lists them."), width, "  ");
            }
        }
    }

    /// <summary>Gets the verdict as the screen words it.</summary>
    public static string Verdict(ChangeVerdict verdict) => verdict switch
    {
        ChangeVerdict.Changed => "changed",
        ChangeVerdict.WithinNoise => "within noise",
        ChangeVerdict.NoChange => "no change",
        ChangeVerdict.OnlyInBase => "only in base",
        ChangeVerdict.OnlyInAlternative => "only in alternative",
        _ => "undefined",
    };

    /// <summary>Gets the relative change where the base is not ~0 (at least one resolution away from zero), else a dash.</summary>
    public static string Relative(PairedDifference d)
    {
        var relative = PracticalChange.RelativeChange(d);
        return double.IsFinite(relative) ? FormattableString.Invariant($"{relative * 100:+0.0;-0.0;0.0} %") : "–";
    }

    /// <summary>Gets the shown figures of every element of <paramref name="scope"/> in either plan, the base's order first; nodes and links only where goods passed in either plan.</summary>
    public static IEnumerable<(string Id, List<PairedDifference> Rows)> Elements(IReadOnlyList<PairedDifference> differences, string scope)
    {
        ArgumentNullException.ThrowIfNull(differences);
        var ofScope = differences.Where(d => d.Key.Scope == scope).ToList();
        var carried = scope is "node" or "link"
            ? ofScope.Where(d => d.Key.Measure == (scope == "node" ? "arrivals" : "tonnes_per_year") && (d.BaseMean > 0 || d.AltMean > 0)).Select(d => d.Key.Id).ToHashSet(StringComparer.Ordinal)
            : null;
        return ofScope.Where(d => FigureLabel.For(d.Key) is not null && (carried is null || carried.Contains(d.Key.Id)))
            .GroupBy(d => d.Key.Id, StringComparer.Ordinal)
            .Select(g => (g.Key, g.OrderBy(d => FigureLabel.Order(d.Key)).ToList()))
            .Where(e => scope != RouteChoiceMetrics.RouteScope || e.Item2.Any(Matters));
    }

    /// <summary>Gets whether a figure is worth a planner's eye: it changed, or its element exists in one plan only.</summary>
    public static bool Matters(PairedDifference d) =>
        d.Presence != Presence.Both || PracticalChange.Verdict(d) == ChangeVerdict.Changed;

    private static string Named(string id, Presence presence) => presence switch
    {
        Presence.AltOnly => id + " (new)",
        Presence.BaseOnly => id + " (removed)",
        _ => id,
    };
}
