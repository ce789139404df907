using Corridors.Core.Analysis;
using Corridors.Core.Results;

namespace Corridors.Web.Runs;

/// <summary>
/// The headline figure the page shows while a run goes: goods delivered, in Mt/yr — the sum over the
/// corridors of their tonnes_per_year in one replication — with its 95 % Student-t interval over replications
/// 0 … n − 1, the first n in number order (as a run of n replications, or `--precision`, would keep them).
/// </summary>
internal sealed class RunningFigure
{
    private readonly List<double> _values = [];

    /// <summary>Gets the replications counted so far.</summary>
    public int Count => _values.Count;

    /// <summary>Gets goods delivered in one replication, in Mt/yr: its corridors' tonnes_per_year summed in model order.</summary>
    public static double DeliveredMtPerYear(ReplicationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sum = 0.0;
        foreach (var value in MetricExtractor.Extract(result))
        {
            if (value.Key is { Scope: "corridor", Measure: "tonnes_per_year" })
            {
                sum += value.Value;
            }
        }

        return sum / 1e6;
    }

    /// <summary>Counts replication <see cref="Count"/> (the next one in number order).</summary>
    public void Add(ReplicationResult result) => _values.Add(DeliveredMtPerYear(result));

    /// <summary>Gets the figure over the replications counted; null before the first.</summary>
    public HeadlinePoint? Point()
    {
        if (_values.Count == 0)
        {
            return null;
        }

        var summary = MetricSummary.Of([.. _values]);
        return new HeadlinePoint(summary.N, summary.Mean, double.IsFinite(summary.HalfWidth) ? summary.HalfWidth : null);
    }
}
