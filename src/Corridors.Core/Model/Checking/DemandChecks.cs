namespace Corridors.Core.Model.Checking;

/// <summary>Range and reference checks of demand flows.</summary>
internal static class DemandChecks
{
    public static void Check(FlowSpec flow, ModelIndex ids, ProblemSink sink)
    {
        NodeRef(nameof(flow.Origin), flow.Origin, ids, sink);
        NodeRef(nameof(flow.Destination), flow.Destination, ids, sink);
        if (flow.Origin == flow.Destination)
        {
            sink.Add(nameof(flow.Destination), $"is '{flow.Destination}', the same as the origin; expected another node");
        }

        if (!ids.Commodities.ContainsKey(flow.Commodity))
        {
            sink.Add(nameof(flow.Commodity), $"names commodity '{flow.Commodity}', which does not exist; expected a commodity id");
        }

        sink.Positive(nameof(flow.VolumePerYear), flow.VolumePerYear);
        if (!(flow.ShipmentSize.Mean > 0))
        {
            sink.Add(nameof(flow.ShipmentSize), $"has mean {ProblemSink.Show(flow.ShipmentSize.Mean)}; expected a mean > 0");
        }

        if (flow.MonthlyFactors is { } factors)
        {
            if (factors.Count != 12)
            {
                sink.Add(nameof(flow.MonthlyFactors), $"has {factors.Count} values; expected 12 (January … December)");
            }
            else if (factors.Any(f => !(f >= 0) || double.IsInfinity(f)) || factors.Sum() == 0)
            {
                sink.Add(nameof(flow.MonthlyFactors), "has a negative or non-finite value or is all 0; expected 12 weights ≥ 0, not all 0");
            }
        }
    }

    private static void NodeRef(string field, string id, ModelIndex ids, ProblemSink sink)
    {
        if (!ids.Nodes.ContainsKey(id))
        {
            sink.Add(field, $"names node '{id}', which does not exist; expected a node id");
        }
    }
}
