using Corridors.Scenarios.Yaml;

namespace Corridors.Scenarios.Loading;

/// <summary>
/// Where a model value came from: its YAML node, its dotted key path (<c>nodes.aktau.berths.servers</c>)
/// and the position to report: the value for a scalar, the key for a mapping or list.
/// </summary>
internal sealed record Site(YNode Node, string Path, SourcePosition Position)
{
    /// <summary>Creates a site reported at the node itself.</summary>
    public Site(YNode node, string path)
        : this(node, path, node.Position)
    {
    }
}
