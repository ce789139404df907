using System.Globalization;

namespace Corridors.Kernel.Distributions;

/// <summary>
/// A probability distribution of a non-negative quantity (a duration in hours, a size in tonnes),
/// described by parameters a planner can read (mean, sd, cv) and sampled from an explicit
/// generator — never a shared, unseeded one. Parameters are validated once, at construction.
/// </summary>
public abstract record Distribution
{
    /// <summary>Gets the mean.</summary>
    public abstract double Mean { get; }

    /// <summary>Draws one value using <paramref name="random"/>.</summary>
    public abstract double Sample(Random random);

    /// <summary>Returns a copy with every value multiplied by <paramref name="factor"/> (&gt; 0): a change of unit or a rescaled rate.</summary>
    public abstract Distribution Scale(double factor);

    /// <summary>Formats a number the way scenario files write it (invariant culture, shortest round-trip form).</summary>
    protected static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Throws unless <paramref name="value"/> is finite and &gt; 0.</summary>
    protected static void RequirePositive(double value, string name)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number > 0");
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and ≥ 0.</summary>
    protected static void RequireNonNegative(double value, string name)
    {
        if (!(value >= 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number ≥ 0");
        }
    }
}
