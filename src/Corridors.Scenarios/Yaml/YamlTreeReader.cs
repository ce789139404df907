using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Corridors.Scenarios.Yaml;

/// <summary>
/// Turns YAML text into a <see cref="YNode"/> tree with positions, from YamlDotNet's event parser.
/// Refuses, with a position: syntax errors, nesting deeper than <see cref="ScenarioLimits.MaxDepth"/>,
/// more than <see cref="ScenarioLimits.MaxValues"/> values,
/// anchors and aliases (so alias bombs cannot expand), tags, complex keys, duplicate keys and a second
/// document. Iterative, so deep input cannot overflow the stack.
/// </summary>
internal sealed class YamlTreeReader
{
    private readonly string _file;
    private readonly DiagnosticBag _bag;
    private readonly Stack<Frame> _open = new();
    private YNode? _root;
    private SourcePosition _last;
    private int _values;

    private YamlTreeReader(string file, DiagnosticBag bag)
    {
        _file = file;
        _bag = bag;
        _last = SourcePosition.StartOf(file);
    }

    /// <summary>Returns the document's root, or null (after reporting) when the text is unusable or empty.</summary>
    public static YNode? Read(string text, string file, DiagnosticBag bag)
    {
        var reader = new YamlTreeReader(file, bag);
        try
        {
            return reader.Run(new Parser(new StringReader(text)));
        }
        catch (YamlException e)
        {
            var at = new SourcePosition(file, (int)Math.Max(1, e.Start.Line), (int)Math.Max(1, e.Start.Column));
            bag.Error(at, YamlErrors.Describe(e, text));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner can fail this way on some malformed flow collections; the last
            // event read is the best position we have.
            bag.Error(reader._last, "YAML syntax error: the parser could not go on after this point; expected well-formed YAML (check brackets and indentation)");
            return null;
        }
    }

    private YNode? Run(Parser parser)
    {
        var documents = 0;
        while (parser.MoveNext())
        {
            var e = parser.Current!;
            _last = At(e);
            if (e is NodeEvent && ++_values > ScenarioLimits.MaxValues)
            {
                return Fatal(e, $"file has more than {ScenarioLimits.MaxValues:N0} values; expected a scenario of at most {ScenarioLimits.MaxValues:N0} (scenario files are small)");
            }
            switch (e)
            {
                case DocumentStart when ++documents > 1:
                    return Fatal(e, "file has a second YAML document (---); expected one scenario per file");
                case AnchorAlias:
                    return Fatal(e, "aliases (*name) are not supported; expected plain values (use extends: to build on another scenario)");
                case NodeEvent { Anchor.IsEmpty: false }:
                    return Fatal(e, "anchors (&name) are not supported; expected plain values (use extends: to build on another scenario)");
                case Scalar s:
                    RefuseTag(s);
                    if (!Add(new YScalar(At(s), s.Value, s.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted, s.Start.Line != s.End.Line), s))
                    {
                        return null;
                    }

                    break;
                case MappingStart or SequenceStart:
                    RefuseTag((NodeEvent)e);
                    if (_open.Count >= ScenarioLimits.MaxDepth)
                    {
                        return Fatal(e, $"nesting is deeper than {ScenarioLimits.MaxDepth} levels; expected at most {ScenarioLimits.MaxDepth}");
                    }

                    _open.Push(new Frame(At(e), e is MappingStart));
                    break;
                case MappingEnd or SequenceEnd:
                    var frame = _open.Pop();
                    if (!Add(frame.Build(), e))
                    {
                        return null;
                    }

                    break;
            }
        }

        if (_root is null || _root is YScalar { IsNull: true })
        {
            _bag.Error(SourcePosition.StartOf(_file), "file is empty; expected a scenario (a mapping with name, experiment, nodes, links …)");
            return null;
        }

        return _root;
    }

    private bool Add(YNode node, ParsingEvent e)
    {
        if (_open.Count == 0)
        {
            _root = node;
            return true;
        }

        var frame = _open.Peek();
        if (!frame.IsMap)
        {
            frame.Items.Add(node);
        }
        else if (frame.PendingKey is null)
        {
            if (node is not YScalar key)
            {
                Fatal(e, $"a key is {node.Shape}; expected a plain key such as 'name'");
                return false;
            }

            frame.PendingKey = key;
        }
        else
        {
            if (frame.Keys.TryGetValue(frame.PendingKey.Value, out var first))
            {
                _bag.Error(frame.PendingKey.Position,
                    $"duplicate key '{frame.PendingKey.Value}' (first at line {first.Position.Line}); expected each key once in a mapping");
            }
            else
            {
                frame.Keys.Add(frame.PendingKey.Value, frame.PendingKey);
                frame.Entries.Add(new YEntry(frame.PendingKey, node));
            }

            frame.PendingKey = null;
        }

        return true;
    }

    private void RefuseTag(NodeEvent e)
    {
        if (!e.Tag.IsEmpty && !e.Tag.IsNonSpecific)
        {
            _bag.Error(At(e), $"tags ({e.Tag.Value}) are not supported; expected a plain value");
        }
    }

    private YNode? Fatal(ParsingEvent e, string message)
    {
        _bag.Error(At(e), message);
        return null;
    }

    private SourcePosition At(ParsingEvent e) => new(_file, (int)e.Start.Line, (int)e.Start.Column);

    private sealed class Frame(SourcePosition position, bool isMap)
    {
        public bool IsMap { get; } = isMap;

        public List<YNode> Items { get; } = [];

        public List<YEntry> Entries { get; } = [];

        public Dictionary<string, YScalar> Keys { get; } = new(StringComparer.Ordinal);

        public YScalar? PendingKey { get; set; }

        public YNode Build() => IsMap ? new YMap(position, Entries) : new YSeq(position, Items);
    }
}
