namespace Corridors.Core.Model.Checking;

/// <summary>Id look-ups for reference checks; reports duplicate ids as it builds.</summary>
internal sealed class ModelIndex
{
    public ModelIndex(ScenarioModel model, ProblemSink sink)
    {
        foreach (var c in model.Commodities)
        {
            if (!Commodities.TryAdd(c.Id, c))
            {
                sink.For("commodity", c.Id).Add("", "is defined twice; expected unique commodity ids");
            }
        }

        foreach (var n in model.Nodes)
        {
            if (!Nodes.TryAdd(n.Id, n))
            {
                sink.For("node", n.Id).Add("", "is defined twice; expected unique node ids");
            }
        }

        foreach (var l in model.Links)
        {
            if (Nodes.ContainsKey(l.Id) || !Links.TryAdd(l.Id, l))
            {
                sink.For("link", l.Id).Add("", "is defined twice; expected ids unique among nodes and links");
            }
        }

        foreach (var f in model.Flows)
        {
            if (!Flows.Add(f.Id))
            {
                sink.For("flow", f.Id).Add("", "is defined twice; expected unique flow ids");
            }
        }

        var disruptions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in model.Disruptions)
        {
            if (!disruptions.Add(d.Id))
            {
                sink.For("disruption", d.Id).Add("", "is defined twice; expected unique disruption ids");
            }
        }
    }

    public Dictionary<string, Commodity> Commodities { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, NodeSpec> Nodes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, LinkSpec> Links { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Flows { get; } = new(StringComparer.Ordinal);

    public bool IsTarget(string id) => Nodes.ContainsKey(id) || Links.ContainsKey(id);
}
