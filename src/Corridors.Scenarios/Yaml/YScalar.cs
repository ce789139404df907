namespace Corridors.Scenarios.Yaml;

/// <summary>A scalar: its text exactly as written (no YAML type resolution), and whether it was quoted.</summary>
internal sealed class YScalar(SourcePosition position, string value, bool quoted, bool multiLine) : YNode(position)
{
    /// <summary>Gets the text.</summary>
    public string Value { get; } = value;

    /// <summary>Gets whether the text was quoted ('…' or "…"); a quoted empty string is not null.</summary>
    public bool Quoted { get; } = quoted;

    /// <summary>Gets whether the value is YAML null: nothing, <c>~</c> or <c>null</c>, unquoted.</summary>
    public bool IsNull => !Quoted && Value is "" or "~" or "null";

    /// <inheritdoc />
    public override string Shape => IsNull ? "empty" : "a value";

    /// <summary>
    /// Gets the position of the character at <paramref name="offset"/> in <see cref="Value"/>. Exact for
    /// plain and quoted one-line scalars without escapes; the scalar's start for block scalars.
    /// </summary>
    public SourcePosition At(int offset) =>
        multiLine ? Position : Position with { Column = Position.Column + (Quoted ? 1 : 0) + offset };
}
