using Corridors.Core.Analysis;
using Corridors.Core.World;

namespace Corridors.Core.Experiments;

/// <summary>
/// Suggests a warm-up length: runs replications from an empty system without warm-up, samples the
/// number of shipments in the system at regular times, averages the samples across replications
/// (Welch's method) and applies MSER-5 to the averaged series.
/// </summary>
public static class WarmupAnalysis
{
    /// <summary>Returns the suggested warm-up in hours and the averaged series it was computed from.</summary>
    /// <param name="scenario">The compiled scenario; its own warm-up is ignored.</param>
    /// <param name="replications">Replications to average (≥ 1).</param>
    /// <param name="samples">Samples over the horizon (≥ 10).</param>
    /// <param name="parallelism">Replications at once (≥ 1).</param>
    public static (double WarmupHours, IReadOnlyList<double> Series, double IntervalHours) Suggest(CompiledScenario scenario, int replications, int samples, int parallelism)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfLessThan(replications, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 10);
        var interval = scenario.Model.Experiment.HorizonHours / samples;
        var runs = new IReadOnlyList<double>[replications];
        Parallel.For(0, replications, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, r =>
            runs[r] = ReplicationRunner.SampleInSystem(scenario, r, interval));
        var length = runs.Min(r => r.Count);
        var series = Enumerable.Range(0, length).Select(i => runs.Average(r => r[i])).ToArray();
        return (Mser5.TruncationPoint(series) * interval, series, interval);
    }
}
