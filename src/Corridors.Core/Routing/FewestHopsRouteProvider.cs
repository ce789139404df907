using Corridors.Core.Model;

namespace Corridors.Core.Routing;

/// <summary>
/// The simplest provider: the route with the fewest links over open links (breadth-first search,
/// ties broken by link order in the model), all shipments on it. For tests and small examples.
/// </summary>
public sealed class FewestHopsRouteProvider : IRouteProvider
{
    private readonly ScenarioModel _model;
    private readonly Dictionary<string, int> _nodeIndex;
    private readonly List<int>[] _outLinks;

    /// <summary>Initializes the provider over <paramref name="model"/>'s network.</summary>
    public FewestHopsRouteProvider(ScenarioModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _nodeIndex = model.Nodes.Select((n, i) => (n.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        _outLinks = model.Nodes.Select(_ => new List<int>()).ToArray();
        for (var l = 0; l < model.Links.Count; l++)
        {
            if (model.Links[l].Open && _nodeIndex.TryGetValue(model.Links[l].From, out var from))
            {
                _outLinks[from].Add(l);
            }
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<RouteOption> RoutesFor(FlowSpec flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var origin = _nodeIndex[flow.Origin];
        var destination = _nodeIndex[flow.Destination];
        var viaLink = new int[_model.Nodes.Count];
        Array.Fill(viaLink, -1);
        var seen = new bool[_model.Nodes.Count];
        var queue = new Queue<int>();
        queue.Enqueue(origin);
        seen[origin] = true;
        while (queue.Count > 0 && !seen[destination])
        {
            var node = queue.Dequeue();
            foreach (var l in _outLinks[node])
            {
                var next = _nodeIndex[_model.Links[l].To];
                if (!seen[next])
                {
                    seen[next] = true;
                    viaLink[next] = l;
                    queue.Enqueue(next);
                }
            }
        }

        return seen[destination] ? [new RouteOption(Trace(origin, destination, viaLink), 1.0)] : [];
    }

    private Route Trace(int origin, int destination, int[] viaLink)
    {
        var nodes = new List<int> { destination };
        var links = new List<int>();
        for (var n = destination; n != origin;)
        {
            var l = viaLink[n];
            links.Add(l);
            n = _nodeIndex[_model.Links[l].From];
            nodes.Add(n);
        }

        nodes.Reverse();
        links.Reverse();
        return new Route(nodes, links);
    }
}
