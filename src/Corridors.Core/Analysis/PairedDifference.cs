using MathNet.Numerics.Statistics;

namespace Corridors.Core.Analysis;

/// <summary>
/// ALT − BASE for one figure over replications run with the same replication numbers (common random
/// numbers): the mean difference with a paired Student-t interval, the relative change, and whether
/// the interval excludes zero.
/// </summary>
public sealed record PairedDifference
{
    /// <summary>Gets the figure.</summary>
    public required MetricKey Key { get; init; }

    /// <summary>Gets the base scenario's mean over the paired replications.</summary>
    public required double BaseMean { get; init; }

    /// <summary>Gets the alternative's mean over the paired replications.</summary>
    public required double AltMean { get; init; }

    /// <summary>Gets the mean and interval of the per-replication differences.</summary>
    public required MetricSummary Difference { get; init; }

    /// <summary>Gets which scenarios have the figure; one side only when the element exists in one plan only.</summary>
    public Presence Presence { get; init; } = Presence.Both;

    /// <summary>Gets the mean difference relative to the base mean; NaN for a zero base.</summary>
    public double RelativeChange => BaseMean == 0 ? double.NaN : Difference.Mean / Math.Abs(BaseMean);

    /// <summary>Gets whether the interval of the difference excludes zero.</summary>
    public bool IsSignificant => Difference.N >= 2 && Math.Abs(Difference.Mean) > Difference.HalfWidth;

    /// <summary>Pairs the two scenarios' values replication by replication (both defined) and summarises the differences.</summary>
    public static PairedDifference Of(MetricKey key, IReadOnlyList<double> baseValues, IReadOnlyList<double> altValues, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(baseValues);
        ArgumentNullException.ThrowIfNull(altValues);
        var pairs = baseValues.Zip(altValues).Where(p => !double.IsNaN(p.First) && !double.IsNaN(p.Second)).ToList();
        return new PairedDifference
        {
            Key = key,
            BaseMean = ArrayStatistics.Mean([.. pairs.Select(p => p.First)]),
            AltMean = ArrayStatistics.Mean([.. pairs.Select(p => p.Second)]),
            Difference = MetricSummary.Of([.. pairs.Select(p => p.Second - p.First)], level),
        };
    }
}
