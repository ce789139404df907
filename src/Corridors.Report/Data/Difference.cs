using Corridors.Core.Analysis;

namespace Corridors.Report.Data;

/// <summary>
/// One row of compare.csv: ALT − BASE of one figure with its 95 % paired half-width, and what it means in
/// practice (<paramref name="Verdict"/>: changed, within_noise, no_change, only_in_base, only_in_alternative,
/// undefined — see docs/outputs.md, "Comparisons").
/// </summary>
internal sealed record Difference(string Alternative, string Scope, string Id, string Measure, double BaseMean, double AltMean, double Mean, double HalfWidth, double Relative, bool Significant, string Verdict)
{
    public double Low => Mean - HalfWidth;

    public double High => Mean + HalfWidth;

    /// <summary>Gets whether the figure changed for a planner: beyond noise and by at least its resolution.</summary>
    public bool Changed => Verdict == "changed";

    /// <summary>Gets the smallest change of a corridor's or link's tonnes that counts, in words ("1 kt/yr").</summary>
    public static string TonnesResolution { get; } =
        $"{Page.Text.Number(PracticalChange.Resolution(new MetricKey("link", "", "tonnes_per_year")) / 1000, 0)} kt/yr";

    /// <summary>Gets the verdict in words, for legends and tooltips.</summary>
    public string VerdictText => Verdict switch
    {
        "changed" => "changed",
        "within_noise" => "within noise",
        "no_change" => "below resolution",
        "only_in_base" => "only in the base",
        "only_in_alternative" => "only in the alternative",
        _ => "undefined",
    };
}
