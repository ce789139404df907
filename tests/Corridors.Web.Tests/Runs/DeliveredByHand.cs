using System.Globalization;

namespace Corridors.Web.Tests.Runs;

/// <summary>
/// The page's headline figure worked out by hand from a run's replications.csv: goods delivered in each
/// replication (its corridors' tonnes_per_year summed, in Mt/yr), then the mean and the 95 % half-width
/// t·s/√n of the first n, with t from a printed table of Student's distribution.
/// </summary>
internal static class DeliveredByHand
{
    // t(0.975; df) for df = 1 … 29, as printed in statistics tables.
    private static readonly double[] T975 =
    [
        12.7062047, 4.30265273, 3.18244631, 2.77644511, 2.57058184, 2.44691185, 2.36462425, 2.30600414, 2.26215716, 2.22813885,
        2.20098516, 2.17881283, 2.16036866, 2.14478669, 2.13144955, 2.11990530, 2.10981558, 2.10092204, 2.09302405, 2.08596345,
        2.07961384, 2.07387307, 2.06865761, 2.06389856, 2.05953855, 2.05552944, 2.05183052, 2.04840714, 2.04522964,
    ];

    /// <summary>Reads goods delivered per replication, Mt/yr, in replication order.</summary>
    public static IReadOnlyList<double> PerReplication(string replicationsCsv)
    {
        var sums = new SortedDictionary<int, double>();
        foreach (var line in File.ReadLines(replicationsCsv).Skip(1))
        {
            var cells = line.Split(',');
            if (cells[1] == "corridor" && cells[3] == "tonnes_per_year")
            {
                var r = int.Parse(cells[0], CultureInfo.InvariantCulture);
                sums[r] = sums.GetValueOrDefault(r) + double.Parse(cells[4], CultureInfo.InvariantCulture);
            }
        }

        return [.. sums.Values.Select(t => t / 1e6)];
    }

    /// <summary>Asserts that <paramref name="point"/> is the mean and half-width of the first point.N of <paramref name="values"/>.</summary>
    public static void AssertMatches(IReadOnlyList<double> values, Web.DeliveredPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        var n = point.N;
        Assert.InRange(n, 1, Math.Min(values.Count, T975.Length + 1));
        var first = values.Take(n).ToArray();
        var mean = first.Average();
        Assert.Equal(mean, point.Mean, mean * 1e-12);
        if (n == 1)
        {
            Assert.Null(point.HalfWidth);
            return;
        }

        var sd = Math.Sqrt(first.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        var halfWidth = T975[n - 2] * sd / Math.Sqrt(n);
        Assert.NotNull(point.HalfWidth);
        Assert.Equal(halfWidth, point.HalfWidth.Value, halfWidth * 1e-6);
    }
}
