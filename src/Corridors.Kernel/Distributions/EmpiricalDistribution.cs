namespace Corridors.Kernel.Distributions;

/// <summary>
/// Resamples observed values, each with equal probability (a bootstrap of a measured sample, such
/// as recorded border-crossing times). Mean = the sample mean.
/// </summary>
public sealed record EmpiricalDistribution : Distribution
{
    private readonly double[] _values;

    /// <summary>Initializes the distribution from at least one finite value ≥ 0.</summary>
    public EmpiricalDistribution(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("empirical needs at least one value", nameof(values));
        }

        foreach (var v in values)
        {
            RequireNonNegative(v, nameof(values));
        }

        _values = [.. values];
        Mean = _values.Average();
    }

    /// <summary>Gets the observed values in the order given.</summary>
    public IReadOnlyList<double> Values => _values;

    /// <inheritdoc />
    public override double Mean { get; }

    /// <inheritdoc />
    public override double Sample(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return _values[random.Next(_values.Length)];
    }

    /// <inheritdoc />
    public override Distribution Scale(double factor) => new EmpiricalDistribution(_values.Select(v => v * factor).ToArray());

    /// <inheritdoc />
    public override string ToString() => $"empirical([{string.Join(", ", _values.Select(Format))}])";

    /// <inheritdoc />
    public bool Equals(EmpiricalDistribution? other) => other is not null && _values.AsSpan().SequenceEqual(other._values);

    /// <inheritdoc />
    public override int GetHashCode() => _values.Length;
}
