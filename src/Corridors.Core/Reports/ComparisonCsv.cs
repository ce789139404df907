using Corridors.Core.Analysis;

namespace Corridors.Core.Reports;

/// <summary>Writes compare.csv: every figure of ALT − BASE with its paired interval and what it means in practice (format in docs/outputs.md).</summary>
public static class ComparisonCsv
{
    /// <summary>The header line.</summary>
    public const string Header = "base,alternative,scope,id,measure,n,base_mean,alt_mean,difference,half_width,relative_change,significant,present_in,resolution,verdict";

    /// <summary>Writes the differences of each alternative against the base to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, string baseName, IReadOnlyList<(string Alternative, IReadOnlyList<PairedDifference> Differences)> comparisons)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        AtomicFile.Write(path, w =>
        {
            w.WriteLine(Header);
            foreach (var (alternative, differences) in comparisons)
            {
                foreach (var d in differences)
                {
                    w.WriteLine(string.Join(',',
                        Numbers.CsvText(baseName), Numbers.CsvText(alternative), d.Key.Scope, Numbers.CsvText(d.Key.Id), d.Key.Measure,
                        d.Difference.N.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Numbers.Csv(d.BaseMean), Numbers.Csv(d.AltMean), Numbers.Csv(d.Difference.Mean), Numbers.Csv(d.Difference.HalfWidth),
                        Numbers.Csv(PracticalChange.RelativeChange(d)), d.IsSignificant ? "yes" : "no",
                        PresentIn(d.Presence), Numbers.Csv(PracticalChange.Resolution(d.Key)), PracticalChange.Token(PracticalChange.Verdict(d))));
                }
            }
        });
    }

    private static string PresentIn(Presence presence) => presence switch
    {
        Presence.BaseOnly => "base",
        Presence.AltOnly => "alternative",
        _ => "both",
    };
}
