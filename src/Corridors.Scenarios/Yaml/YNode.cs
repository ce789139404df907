namespace Corridors.Scenarios.Yaml;

/// <summary>
/// A node of a parsed scenario file: a scalar, a sequence or a mapping, each with the position it
/// was read from. Our own small tree (not YamlDotNet's) so that nodes from several files can be
/// merged by <c>extends</c> and still say where each came from.
/// </summary>
internal abstract class YNode(SourcePosition position)
{
    /// <summary>Gets where the node starts.</summary>
    public SourcePosition Position { get; } = position;

    /// <summary>Gets a word for the node's shape, for messages: "a mapping", "a list", "a value".</summary>
    public abstract string Shape { get; }
}
