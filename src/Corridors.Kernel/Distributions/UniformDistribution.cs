using MathNet.Numerics.Distributions;

namespace Corridors.Kernel.Distributions;

/// <summary>Continuous uniform on [min, max]: every value equally likely. Mean = (min + max)/2.</summary>
public sealed record UniformDistribution : Distribution
{
    /// <summary>Initializes the distribution. Range: 0 ≤ min &lt; max.</summary>
    public UniformDistribution(double min, double max)
    {
        RequireNonNegative(min, nameof(min));
        RequireNonNegative(max, nameof(max));
        if (!(min < max))
        {
            throw new ArgumentException($"uniform needs min < max, got min {min}, max {max}");
        }

        MinValue = min;
        MaxValue = max;
    }

    /// <summary>Gets the lower bound.</summary>
    public double MinValue { get; }

    /// <summary>Gets the upper bound.</summary>
    public double MaxValue { get; }

    /// <inheritdoc />
    public override double Mean => (MinValue + MaxValue) / 2;

    /// <inheritdoc />
    public override double Sample(Random random) => ContinuousUniform.Sample(random, MinValue, MaxValue);

    /// <inheritdoc />
    public override Distribution Scale(double factor) => new UniformDistribution(MinValue * factor, MaxValue * factor);

    /// <inheritdoc />
    public override string ToString() => $"uniform(min: {Format(MinValue)}, max: {Format(MaxValue)})";
}
