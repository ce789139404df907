using System.Text;

namespace Corridors.Web.WhatIf;

/// <summary>
/// A small ordered tree of mappings written as block YAML. Keys and plain values come only from checked
/// ids, dates and numbers (see <see cref="WhatIfWriter"/>); free text is written double-quoted.
/// </summary>
internal sealed class YamlTree
{
    private readonly List<(string Key, object Value)> _entries = [];

    /// <summary>Gets the mapping at <paramref name="key"/>, adding it when missing.</summary>
    public YamlTree Map(string key)
    {
        foreach (var (k, v) in _entries)
        {
            if (k == key && v is YamlTree tree)
            {
                return tree;
            }
        }

        var added = new YamlTree();
        _entries.Add((key, added));
        return added;
    }

    /// <summary>Sets a plain value (replacing one set before).</summary>
    public YamlTree Set(string key, string plain)
    {
        _entries.RemoveAll(e => e.Key == key);
        _entries.Add((key, plain));
        return this;
    }

    /// <summary>Gets whether nothing was added.</summary>
    public bool IsEmpty => _entries.Count == 0;

    /// <summary>Quotes free text as a YAML double-quoted scalar.</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) => " ",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>Writes the tree at <paramref name="indent"/> spaces.</summary>
    public void WriteTo(StringBuilder text, int indent = 0)
    {
        foreach (var (key, value) in _entries)
        {
            text.Append(' ', indent).Append(key).Append(':');
            if (value is YamlTree tree)
            {
                text.Append('\n');
                tree.WriteTo(text, indent + 2);
            }
            else
            {
                text.Append(' ').Append((string)value).Append('\n');
            }
        }
    }
}
