using Corridors.Core.Analysis;

namespace Corridors.Core.Reports;

/// <summary>Writes compare.csv: every figure of ALT − BASE with its paired interval (format in docs/outputs.md).</summary>
public static class ComparisonCsv
{
    /// <summary>Writes the differences of each alternative against the base to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, string baseName, IReadOnlyList<(string Alternative, IReadOnlyList<PairedDifference> Differences)> comparisons)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        AtomicFile.Write(path, w =>
        {
            w.WriteLine("base,alternative,scope,id,measure,n,base_mean,alt_mean,difference,half_width,relative_change,significant");
            foreach (var (alternative, differences) in comparisons)
            {
                foreach (var d in differences)
                {
                    w.WriteLine(string.Join(',',
                        Numbers.CsvText(baseName), Numbers.CsvText(alternative), d.Key.Scope, Numbers.CsvText(d.Key.Id), d.Key.Measure,
                        d.Difference.N.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Numbers.Csv(d.BaseMean), Numbers.Csv(d.AltMean), Numbers.Csv(d.Difference.Mean), Numbers.Csv(d.Difference.HalfWidth),
                        Numbers.Csv(d.RelativeChange), d.IsSignificant ? "yes" : "no"));
                }
            }
        });
    }
}
