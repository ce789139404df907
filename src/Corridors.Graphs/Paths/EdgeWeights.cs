using System.Globalization;

namespace Corridors.Graphs.Paths;

/// <summary>Checks per-edge numbers once per public call, so inner loops can trust them.</summary>
internal static class EdgeWeights
{
    /// <summary>
    /// Throws unless there is one value per edge and every value is in [0, +∞]; +∞ is allowed and means
    /// a closed edge. The message names the lowest offending edge id and its value.
    /// </summary>
    public static void Validate(DirectedGraph graph, ReadOnlySpan<double> values, string paramName, string what = "weight")
    {
        if (values.Length != graph.EdgeCount)
        {
            throw new ArgumentException(
                $"Expected one {what} per edge ({graph.EdgeCount}), got {values.Length}.", paramName);
        }

        // Vectorised; NaN compares below 0 and is reported like a negative value.
        int bad = values.IndexOfAnyExceptInRange(0.0, double.PositiveInfinity);
        if (bad >= 0)
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Edge {bad} has {what} {values[bad]}; {what}s must be ≥ 0 (+∞ closes the edge)."),
                paramName);
        }
    }
}
