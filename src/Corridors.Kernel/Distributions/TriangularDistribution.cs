using MathNet.Numerics.Distributions;

namespace Corridors.Kernel.Distributions;

/// <summary>Triangular on [min, max] peaking at mode: the usual three-point expert estimate. Mean = (min + mode + max)/3.</summary>
public sealed record TriangularDistribution : Distribution
{
    /// <summary>Initializes the distribution. Range: 0 ≤ min ≤ mode ≤ max, min &lt; max.</summary>
    public TriangularDistribution(double min, double mode, double max)
    {
        RequireNonNegative(min, nameof(min));
        RequireNonNegative(mode, nameof(mode));
        RequireNonNegative(max, nameof(max));
        if (!(min <= mode && mode <= max && min < max))
        {
            throw new ArgumentException($"triangular needs min ≤ mode ≤ max and min < max, got min {min}, mode {mode}, max {max}");
        }

        MinValue = min;
        ModeValue = mode;
        MaxValue = max;
    }

    /// <summary>Gets the lower bound.</summary>
    public double MinValue { get; }

    /// <summary>Gets the most likely value.</summary>
    public double ModeValue { get; }

    /// <summary>Gets the upper bound.</summary>
    public double MaxValue { get; }

    /// <inheritdoc />
    public override double Mean => (MinValue + ModeValue + MaxValue) / 3;

    /// <inheritdoc />
    public override double Sample(Random random) => Triangular.Sample(random, MinValue, MaxValue, ModeValue);

    /// <inheritdoc />
    public override Distribution Scale(double factor) =>
        new TriangularDistribution(MinValue * factor, ModeValue * factor, MaxValue * factor);

    /// <inheritdoc />
    public override string ToString() =>
        $"triangular(min: {Format(MinValue)}, mode: {Format(ModeValue)}, max: {Format(MaxValue)})";
}
