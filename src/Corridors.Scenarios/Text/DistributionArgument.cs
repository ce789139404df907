namespace Corridors.Scenarios.Text;

/// <summary>
/// One argument of a distribution call as written: <c>mean: 6 h</c> (named) or <c>2 h</c> (positional),
/// its value either one quantity text or a bracketed list of them, each with its offset in the whole text.
/// </summary>
/// <param name="Name">The parameter name, or null when positional.</param>
/// <param name="Offset">Offset of the argument (its name, or its value when positional).</param>
/// <param name="Values">The value texts with their offsets; one for a scalar.</param>
/// <param name="IsList">Whether the value was a bracketed list.</param>
internal sealed record DistributionArgument(string? Name, int Offset, IReadOnlyList<(string Text, int Offset)> Values, bool IsList);
