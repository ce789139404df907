using MathNet.Numerics.Distributions;

namespace Corridors.Core.Tests.Support;

/// <summary>Asserts that a theoretical value lies in the Student-t confidence interval of independent replication means.</summary>
internal static class ConfidenceAssert
{
    public static void Contains(double theory, IReadOnlyList<double> samples, double level, string what)
    {
        var n = samples.Count;
        var mean = samples.Average();
        var sd = Math.Sqrt(samples.Sum(x => (x - mean) * (x - mean)) / (n - 1));
        var half = StudentT.InvCDF(0, 1, n - 1, 1 - ((1 - level) / 2)) * sd / Math.Sqrt(n);
        Assert.True(Math.Abs(mean - theory) <= half,
            $"{what}: theory {theory:0.#####} is outside the {level:P0} interval {mean:0.#####} ± {half:0.#####} over {n} replications");
    }
}
