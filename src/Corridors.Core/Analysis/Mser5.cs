namespace Corridors.Core.Analysis;

/// <summary>
/// MSER-5 (White 1997; Franklin and White 2008): the warm-up truncation that minimises the standard
/// error of the mean of what remains. The series is averaged in batches of five; for each candidate
/// truncation d (at most half the batches) MSER(d) = Σ_{i≥d} (z_i − z̄_d)² / (m − d)², and the best d
/// is returned as a count of observations.
/// </summary>
public static class Mser5
{
    /// <summary>The batch size.</summary>
    public const int BatchSize = 5;

    /// <summary>Returns the number of leading observations of <paramref name="series"/> to discard (a multiple of 5).</summary>
    /// <exception cref="ArgumentException">Fewer than 10 observations (two batches).</exception>
    public static int TruncationPoint(IReadOnlyList<double> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var m = series.Count / BatchSize;
        if (m < 2)
        {
            throw new ArgumentException($"MSER-5 needs at least {2 * BatchSize} observations, got {series.Count}", nameof(series));
        }

        var batches = new double[m];
        for (var i = 0; i < m; i++)
        {
            var sum = 0.0;
            for (var j = 0; j < BatchSize; j++)
            {
                sum += series[(i * BatchSize) + j];
            }

            batches[i] = sum / BatchSize;
        }

        // Suffix sums give every candidate's mean and squared deviations in one pass from the end.
        var best = 0;
        var bestValue = double.PositiveInfinity;
        double sumZ = 0, sumZ2 = 0;
        var values = new double[m];
        for (var d = m - 1; d >= 0; d--)
        {
            sumZ += batches[d];
            sumZ2 += batches[d] * batches[d];
            var n = m - d;
            values[d] = Math.Max(0, sumZ2 - (sumZ * sumZ / n)) / ((double)n * n);
        }

        for (var d = 0; d <= m / 2; d++)
        {
            if (values[d] < bestValue)
            {
                bestValue = values[d];
                best = d;
            }
        }

        return best * BatchSize;
    }
}
