using Corridors.Core.Model;

namespace Corridors.Core.Routing.Topology;

/// <summary>A flow with the vertices its routes start and end at and its annual tonnes.</summary>
internal sealed class FlowEnds
{
    public FlowEnds(CorridorGraph graph, FlowSpec flow)
    {
        Flow = flow;
        Source = graph.Origin(flow.Origin);
        Target = graph.Destination(flow.Destination);
        var commodity = graph.Model.Commodities.First(c => c.Id == flow.Commodity);
        TonnesPerYear = commodity.ToTonnes(flow.VolumePerYear);
    }

    public FlowSpec Flow { get; }

    public CorridorVertex Source { get; }

    public CorridorVertex Target { get; }

    public double TonnesPerYear { get; }

    /// <summary>Gets whether <paramref name="node"/> is one of the flow's two ends.</summary>
    public bool IsEnd(NodeSpec node) => node.Id == Flow.Origin || node.Id == Flow.Destination;
}
