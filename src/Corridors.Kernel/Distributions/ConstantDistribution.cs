namespace Corridors.Kernel.Distributions;

/// <summary>Always the same value: deterministic models (D/D/1) and fixed timetables. Draws no random number.</summary>
public sealed record ConstantDistribution : Distribution
{
    /// <summary>Initializes the distribution. Range: value ≥ 0.</summary>
    public ConstantDistribution(double value)
    {
        RequireNonNegative(value, nameof(value));
        Value = value;
    }

    /// <summary>Gets the value.</summary>
    public double Value { get; }

    /// <inheritdoc />
    public override double Mean => Value;

    /// <inheritdoc />
    public override double Sample(Random random) => Value;

    /// <inheritdoc />
    public override Distribution Scale(double factor) => new ConstantDistribution(Value * factor);

    /// <inheritdoc />
    public override string ToString() => $"const({Format(Value)})";
}
