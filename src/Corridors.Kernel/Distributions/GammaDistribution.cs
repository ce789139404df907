using MathNet.Numerics.Distributions;

namespace Corridors.Kernel.Distributions;

/// <summary>
/// Gamma given by its mean and coefficient of variation cv = sd/mean: shape k = 1/cv², scale
/// θ = mean·cv². cv = 1 is exponential, cv → 0 approaches the constant mean (cv = 0 is that constant).
/// </summary>
public sealed record GammaDistribution : Distribution
{
    private readonly double _shape;
    private readonly double _rate;

    /// <summary>Initializes the distribution. Range: mean &gt; 0, cv ≥ 0.</summary>
    public GammaDistribution(double mean, double cv)
    {
        RequirePositive(mean, nameof(mean));
        RequireNonNegative(cv, nameof(cv));
        Mean = mean;
        CoefficientOfVariation = cv;
        if (cv > 0)
        {
            _shape = 1 / (cv * cv);
            _rate = _shape / mean;
        }
    }

    /// <summary>Gets the coefficient of variation.</summary>
    public double CoefficientOfVariation { get; }

    /// <inheritdoc />
    public override double Mean { get; }

    /// <inheritdoc />
    public override double Sample(Random random) => _shape == 0 ? Mean : Gamma.Sample(random, _shape, _rate);

    /// <inheritdoc />
    public override Distribution Scale(double factor) => new GammaDistribution(Mean * factor, CoefficientOfVariation);

    /// <inheritdoc />
    public override string ToString() => $"gamma(mean: {Format(Mean)}, cv: {Format(CoefficientOfVariation)})";
}
