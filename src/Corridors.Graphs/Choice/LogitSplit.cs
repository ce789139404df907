namespace Corridors.Graphs.Choice;

/// <summary>
/// Multinomial-logit route choice: the share of alternative i is
/// exp(−θ·cᵢ) / Σⱼ exp(−θ·cⱼ), computed as exp(−θ·(cᵢ − c_min)) so large costs cannot overflow.
/// </summary>
public static class LogitSplit
{
    /// <summary>
    /// Gets the share of each alternative (each in [0, 1], summing to 1; cheaper never gets less).
    /// θ = 0 splits evenly over the open alternatives; θ = +∞ is all-or-nothing: the cheapest gets
    /// everything, and exactly tied cheapest alternatives share it equally — the limit of the logit as
    /// θ → ∞, independent of their order. An alternative with cost +∞ is closed and gets 0.
    /// </summary>
    /// <param name="costs">Generalized cost per alternative; finite or +∞, at least one finite.</param>
    /// <param name="scale">θ, the logit scale in 1/cost units: ≥ 0, +∞ allowed.</param>
    /// <param name="shares">Receives one share per alternative; same length as <paramref name="costs"/>.</param>
    /// <exception cref="ArgumentException">NaN or −∞ costs, no finite cost, θ negative or NaN, or lengths differ.</exception>
    public static void Split(ReadOnlySpan<double> costs, double scale, Span<double> shares)
    {
        if (!(scale >= 0.0))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The logit scale must be ≥ 0 (+∞ allowed).");
        }

        if (shares.Length != costs.Length)
        {
            throw new ArgumentException($"Expected {costs.Length} shares, got room for {shares.Length}.", nameof(shares));
        }

        double min = MinimumCost(costs);
        double total = 0.0;
        for (int i = 0; i < costs.Length; i++)
        {
            double excess = costs[i] - min; // ≥ 0; +∞ for closed alternatives
            shares[i] = double.IsPositiveInfinity(scale)
                ? (excess == 0.0 ? 1.0 : 0.0)
                : (excess == double.PositiveInfinity ? 0.0 : Math.Exp(-scale * excess));
            total += shares[i]; // ≥ 1: the cheapest contributes exp(0)
        }

        for (int i = 0; i < shares.Length; i++)
        {
            shares[i] /= total;
        }
    }

    /// <summary>Allocating form of <see cref="Split(ReadOnlySpan{double}, double, Span{double})"/>.</summary>
    /// <param name="costs">Generalized cost per alternative; finite or +∞, at least one finite.</param>
    /// <param name="scale">θ, the logit scale in 1/cost units: ≥ 0, +∞ allowed.</param>
    /// <returns>One share per alternative.</returns>
    public static double[] Split(ReadOnlySpan<double> costs, double scale)
    {
        var shares = new double[costs.Length];
        Split(costs, scale, shares);
        return shares;
    }

    private static double MinimumCost(ReadOnlySpan<double> costs)
    {
        double min = double.PositiveInfinity;
        for (int i = 0; i < costs.Length; i++)
        {
            double c = costs[i];
            if (double.IsNaN(c) || double.IsNegativeInfinity(c))
            {
                throw new ArgumentException($"Alternative {i} has cost {c}; costs must be finite or +∞.", nameof(costs));
            }

            min = Math.Min(min, c);
        }

        if (min == double.PositiveInfinity)
        {
            throw new ArgumentException("At least one alternative needs a finite cost.", nameof(costs));
        }

        return min;
    }
}
