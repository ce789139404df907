using Corridors.Core.Results;
using Corridors.Core.World;

namespace Corridors.Core.Experiments;

/// <summary>
/// Runs replications in parallel across cores. Each replication is a pure function of (scenario,
/// seed, replication number) and results are returned in replication order, so the output is the
/// same bytes whatever the parallelism.
/// </summary>
public static class MonteCarloRunner
{
    /// <summary>Runs replications <paramref name="first"/> … <paramref name="first"/> + <paramref name="count"/> − 1.</summary>
    /// <param name="scenario">The compiled scenario.</param>
    /// <param name="first">The first replication number (≥ 0).</param>
    /// <param name="count">How many (≥ 0).</param>
    /// <param name="parallelism">How many at once (≥ 1).</param>
    /// <param name="completed">Called after each replication, from the thread that ran it (may be concurrent).</param>
    /// <param name="cancellation">Stops starting new replications.</param>
    public static IReadOnlyList<ReplicationResult> Run(
        CompiledScenario scenario, int first, int count, int parallelism,
        Action<ReplicationResult>? completed = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        var results = new ReplicationResult[count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellation };
        Parallel.For(0, count, options, i =>
        {
            results[i] = ReplicationRunner.Run(scenario, first + i);
            completed?.Invoke(results[i]);
        });
        return results;
    }
}
