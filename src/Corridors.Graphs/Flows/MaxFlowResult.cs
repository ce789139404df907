using System.Collections.Immutable;

namespace Corridors.Graphs.Flows;

/// <summary>A maximum flow from a source set to a sink set, with a minimum cut that proves it.</summary>
public sealed class MaxFlowResult
{
    internal MaxFlowResult(double value, ImmutableArray<double> edgeFlows, ImmutableArray<int> cutEdges, ImmutableArray<bool> sourceSide)
    {
        Value = value;
        EdgeFlows = edgeFlows;
        CutEdges = cutEdges;
        SourceSide = sourceSide;
    }

    /// <summary>Gets the total flow leaving the sources, in capacity units (≥ 0, finite).</summary>
    public double Value { get; }

    /// <summary>Gets the flow on each edge by edge id, in [0, capacity]; conserved at every node outside the two sets.</summary>
    public ImmutableArray<double> EdgeFlows { get; }

    /// <summary>
    /// Gets the minimum-cut edge ids in increasing order: the edges from a node the sources can still
    /// reach in the residual graph to one they cannot. They are saturated and their capacities sum to
    /// <see cref="Value"/> (exactly for integer capacities below 2^53).
    /// </summary>
    public ImmutableArray<int> CutEdges { get; }

    /// <summary>Gets, by node id, whether the node is on the sources' side of <see cref="CutEdges"/>.</summary>
    public ImmutableArray<bool> SourceSide { get; }
}
