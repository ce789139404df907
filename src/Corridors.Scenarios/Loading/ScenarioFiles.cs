using Corridors.Scenarios.Yaml;

namespace Corridors.Scenarios.Loading;

/// <summary>
/// Reads a scenario file and the chain of files it <c>extends</c> (paths relative to the file that names
/// them), refusing cycles, over-long chains and unreadable files, and merges them base first.
/// With <paramref name="contents"/> the files are read from it (full path → bytes), not from the disk.
/// </summary>
internal sealed class ScenarioFiles(DiagnosticBag bag, IReadOnlyDictionary<string, byte[]>? contents = null)
{
    private readonly List<string> _fullPaths = [];
    private readonly List<string> _displayNames = [];

    /// <summary>Gets the full path of every file read, in reading order.</summary>
    public IReadOnlyList<string> FullPaths => _fullPaths;

    /// <summary>Gets every file as diagnostics name it, in reading order.</summary>
    public IReadOnlyList<string> DisplayNames => _displayNames;

    /// <summary>Returns the merged document of <paramref name="path"/>, or null when the chain cannot be read.</summary>
    public ScenarioDocument? Load(string path) =>
        Load(path, Path.GetFullPath(path), SourcePosition.StartOf(path), []);

    private ScenarioDocument? Load(string display, string full, SourcePosition blame, List<(string Full, string Display)> chain)
    {
        _fullPaths.Add(full);
        _displayNames.Add(display);
        var source = contents is null ? SourceReader.Read(full, display, blame, bag) : SourceReader.Read(contents, full, display, blame, bag);
        if (source is not { } text || YamlTreeReader.Read(text, display, bag) is not { } root)
        {
            return null;
        }

        if (root is not YMap map)
        {
            bag.Error(root.Position, $"the top level is {root.Shape}; expected a mapping of scenario keys (name, experiment, nodes …)");
            return null;
        }

        chain.Add((full, display));
        var parent = new ScenarioDocument(new YMap(map.Position, []), new Dictionary<string, double>(StringComparer.Ordinal));
        if (map.Find("extends") is { } extends)
        {
            if (Parent(extends, full, display, chain) is not { } loaded)
            {
                return null;
            }

            parent = loaded;
        }

        return TreeMerger.Merge(parent, map, bag);
    }

    private ScenarioDocument? Parent(YEntry extends, string full, string display, List<(string Full, string Display)> chain)
    {
        if (extends.Value is not YScalar { IsNull: false } name)
        {
            bag.Error(extends.Value.Position, $"extends is {extends.Value.Shape}; expected the path of one scenario file, relative to this one");
            return null;
        }

        var parentFull = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(full)!, name.Value));
        var parentDisplay = Tidy(Path.Combine(Path.GetDirectoryName(display) ?? "", name.Value));
        if (chain.FindIndex(c => c.Full == parentFull) is var loop and >= 0)
        {
            var cycle = string.Join(" → ", chain.Skip(loop).Select(c => c.Display).Append(parentDisplay));
            bag.Error(name.Position, $"extends makes a cycle ({cycle}); expected a chain that ends in a file without extends");
            return null;
        }

        if (chain.Count >= ScenarioLimits.MaxExtendsChain)
        {
            bag.Error(name.Position, $"extends chain is longer than {ScenarioLimits.MaxExtendsChain} files; expected at most {ScenarioLimits.MaxExtendsChain}");
            return null;
        }

        return Load(parentDisplay, parentFull, name.Position, chain);
    }

    // "a/b/../c.yaml" → "a/c.yaml", lexically, so messages name extended files the short way.
    private static string Tidy(string path)
    {
        var separator = Path.DirectorySeparatorChar;
        var parts = new List<string>();
        foreach (var part in path.Split(separator))
        {
            if (part == ".." && parts.Count > 0 && parts[^1] is not ".." and not "")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != "." || parts.Count == 0)
            {
                parts.Add(part);
            }
        }

        return string.Join(separator, parts);
    }
}
