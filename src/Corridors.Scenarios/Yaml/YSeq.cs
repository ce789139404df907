namespace Corridors.Scenarios.Yaml;

/// <summary>A sequence (a YAML list).</summary>
internal sealed class YSeq(SourcePosition position, IReadOnlyList<YNode> items) : YNode(position)
{
    /// <summary>Gets the items in order.</summary>
    public IReadOnlyList<YNode> Items { get; } = items;

    /// <inheritdoc />
    public override string Shape => "a list";
}
