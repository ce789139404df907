using MathNet.Numerics.Distributions;

namespace Corridors.Kernel.Distributions;

/// <summary>
/// Log-normal given by its own mean and standard deviation (not those of the logarithm): right-skewed
/// durations such as customs clearance. μ and σ of the logarithm follow from σ² = ln(1 + sd²/mean²),
/// μ = ln(mean) − σ²/2.
/// </summary>
public sealed record LogNormalDistribution : Distribution
{
    private readonly double _mu;
    private readonly double _sigma;

    /// <summary>Initializes the distribution. Range: mean &gt; 0, sd ≥ 0 (sd = 0 is the constant mean).</summary>
    public LogNormalDistribution(double mean, double sd)
    {
        RequirePositive(mean, nameof(mean));
        RequireNonNegative(sd, nameof(sd));
        Mean = mean;
        StandardDeviation = sd;
        var variance = Math.Log(1 + (sd * sd / (mean * mean)));
        _sigma = Math.Sqrt(variance);
        _mu = Math.Log(mean) - (variance / 2);
    }

    /// <summary>Gets the standard deviation.</summary>
    public double StandardDeviation { get; }

    /// <inheritdoc />
    public override double Mean { get; }

    /// <inheritdoc />
    public override double Sample(Random random) => _sigma == 0 ? Mean : LogNormal.Sample(random, _mu, _sigma);

    /// <inheritdoc />
    public override Distribution Scale(double factor) => new LogNormalDistribution(Mean * factor, StandardDeviation * factor);

    /// <inheritdoc />
    public override string ToString() => $"lognormal(mean: {Format(Mean)}, sd: {Format(StandardDeviation)})";
}
