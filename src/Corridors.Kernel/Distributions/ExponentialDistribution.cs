using MathNet.Numerics.Distributions;

namespace Corridors.Kernel.Distributions;

/// <summary>Exponential with the given mean (memoryless: Poisson inter-arrivals, M/M/c service).</summary>
public sealed record ExponentialDistribution : Distribution
{
    private readonly double _rate;

    /// <summary>Initializes the distribution. Range: mean &gt; 0.</summary>
    public ExponentialDistribution(double mean)
    {
        RequirePositive(mean, nameof(mean));
        Mean = mean;
        _rate = 1 / mean;
    }

    /// <inheritdoc />
    public override double Mean { get; }

    /// <inheritdoc />
    public override double Sample(Random random) => Exponential.Sample(random, _rate);

    /// <inheritdoc />
    public override Distribution Scale(double factor) => new ExponentialDistribution(Mean * factor);

    /// <inheritdoc />
    public override string ToString() => $"exp(mean: {Format(Mean)})";
}
