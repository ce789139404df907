namespace Corridors.Graphs.Flows;

/// <summary>
/// One-call forms of the flow algorithms. Each call allocates a workspace; for many queries on one
/// graph keep a <see cref="MaxFlowSolver"/> or <see cref="MinCostFlowSolver"/> instead.
/// </summary>
public static class FlowExtensions
{
    /// <summary>Maximum flow and minimum cut from <paramref name="source"/> to <paramref name="sink"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="edgeCapacities">Capacity per edge id, in [0, +∞].</param>
    /// <param name="source">Node the flow leaves.</param>
    /// <param name="sink">Node the flow ends at; different from <paramref name="source"/>.</param>
    public static MaxFlowResult MaxFlow(this DirectedGraph graph, ReadOnlySpan<double> edgeCapacities, int source, int sink) =>
        new MaxFlowSolver(graph).Compute(edgeCapacities, [source], [sink]);

    /// <summary>Maximum flow and minimum cut from a node set to a node set (see <see cref="MaxFlowSolver.Compute"/>).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="edgeCapacities">Capacity per edge id, in [0, +∞].</param>
    /// <param name="sources">Nodes flow may leave from.</param>
    /// <param name="sinks">Nodes flow may end at, disjoint from <paramref name="sources"/>.</param>
    public static MaxFlowResult MaxFlow(
        this DirectedGraph graph, ReadOnlySpan<double> edgeCapacities, ReadOnlySpan<int> sources, ReadOnlySpan<int> sinks) =>
        new MaxFlowSolver(graph).Compute(edgeCapacities, sources, sinks);

    /// <summary>Cheapest shipment of up to <paramref name="demand"/> from <paramref name="source"/> to <paramref name="sink"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="edgeCapacities">Capacity per edge id, in [0, +∞].</param>
    /// <param name="edgeCosts">Cost per unit of flow per edge id, in [0, +∞].</param>
    /// <param name="source">Node the flow leaves.</param>
    /// <param name="sink">Node the flow ends at.</param>
    /// <param name="demand">Amount wanted, finite and ≥ 0.</param>
    public static MinCostFlowResult MinCostFlow(
        this DirectedGraph graph,
        ReadOnlySpan<double> edgeCapacities,
        ReadOnlySpan<double> edgeCosts,
        int source,
        int sink,
        double demand) =>
        new MinCostFlowSolver(graph).Compute(edgeCapacities, edgeCosts, source, sink, demand);

    /// <summary>Cheapest shipment from supply nodes to demand nodes (see <see cref="MinCostFlowSolver"/>).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="edgeCapacities">Capacity per edge id, in [0, +∞].</param>
    /// <param name="edgeCosts">Cost per unit of flow per edge id, in [0, +∞].</param>
    /// <param name="nodeSupplies">Per node id: &gt; 0 available, &lt; 0 wanted; finite.</param>
    public static MinCostFlowResult MinCostFlow(
        this DirectedGraph graph,
        ReadOnlySpan<double> edgeCapacities,
        ReadOnlySpan<double> edgeCosts,
        ReadOnlySpan<double> nodeSupplies) =>
        new MinCostFlowSolver(graph).Compute(edgeCapacities, edgeCosts, nodeSupplies);
}
