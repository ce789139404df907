using System.Collections.Immutable;
using Corridors.Graphs.Paths;

namespace Corridors.Graphs.Flows;

/// <summary>
/// Minimum-cost flow by successive shortest paths with node potentials. Each augmenting path is found
/// by the same <see cref="DijkstraSearch"/> the routing uses, on a residual graph built once per solver.
/// When the demand does not fit, it ships the maximum feasible amount at minimum cost and reports the rest.
/// Not thread-safe.
/// </summary>
/// <remarks>
/// Residual arcs: 2e is edge e forward (cost c), 2e+1 its reverse (cost −c); then per node v four arcs
/// joining a virtual super-source and super-sink to v. Reduced costs c + π(tail) − π(head) stay ≥ 0
/// because potentials grow by min(distance, distance to the sink) after each search. Equal-cost choices
/// follow <see cref="DijkstraSearch"/>'s tie rule, so results are deterministic.
/// </remarks>
public sealed class MinCostFlowSolver
{
    private readonly DirectedGraph _graph;
    private readonly DirectedGraph _residual;
    private readonly DijkstraSearch _search;
    private readonly double[] _spare;
    private readonly double[] _arcCost;
    private readonly double[] _reducedCost;
    private readonly double[] _potential;

    /// <summary>Creates a workspace for <paramref name="graph"/>; O(NodeCount + EdgeCount) memory, allocated once.</summary>
    public MinCostFlowSolver(DirectedGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _graph = graph;
        int n = graph.NodeCount;
        var builder = new DirectedGraphBuilder(n + 2, (2 * graph.EdgeCount) + (4 * n));
        for (int e = 0; e < graph.EdgeCount; e++)
        {
            builder.AddEdge(graph.EdgeSources[e], graph.EdgeTargets[e]);
            builder.AddEdge(graph.EdgeTargets[e], graph.EdgeSources[e]);
        }

        for (int v = 0; v < n; v++)
        {
            builder.AddEdge(SuperSource, v);
            builder.AddEdge(v, SuperSource);
            builder.AddEdge(v, SuperSink);
            builder.AddEdge(SuperSink, v);
        }

        _residual = builder.Build();
        _search = new DijkstraSearch(_residual);
        _spare = new double[_residual.EdgeCount];
        _arcCost = new double[_residual.EdgeCount];
        _reducedCost = new double[_residual.EdgeCount];
        _potential = new double[n + 2];
    }

    private int SuperSource => _graph.NodeCount;

    private int SuperSink => _graph.NodeCount + 1;

    /// <summary>Ships up to <paramref name="demand"/> from <paramref name="source"/> to <paramref name="sink"/> at minimum cost.</summary>
    /// <param name="edgeCapacities">Capacity per edge id, in [0, +∞].</param>
    /// <param name="edgeCosts">Cost per unit of flow per edge id, in [0, +∞]; +∞ closes the edge.</param>
    /// <param name="source">Node the flow leaves.</param>
    /// <param name="sink">Node the flow ends at; different from <paramref name="source"/>.</param>
    /// <param name="demand">Amount wanted, finite and ≥ 0.</param>
    public MinCostFlowResult Compute(
        ReadOnlySpan<double> edgeCapacities, ReadOnlySpan<double> edgeCosts, int source, int sink, double demand)
    {
        _graph.CheckNode(source, nameof(source));
        _graph.CheckNode(sink, nameof(sink));
        if (source == sink)
        {
            throw new ArgumentException($"Source and sink are the same node {source}.", nameof(sink));
        }

        if (!(demand >= 0.0 && double.IsFinite(demand)))
        {
            throw new ArgumentOutOfRangeException(nameof(demand), demand, "The demand must be finite and ≥ 0.");
        }

        var supplies = new double[_graph.NodeCount];
        supplies[source] = demand;
        supplies[sink] = -demand;
        return Compute(edgeCapacities, edgeCosts, supplies);
    }

    /// <summary>
    /// Ships supplies to demands at minimum cost: as much as the capacities allow (at most the smaller
    /// of total supply and total demand), and among flows of that size the cheapest.
    /// </summary>
    /// <param name="edgeCapacities">Capacity per edge id, in [0, +∞].</param>
    /// <param name="edgeCosts">Cost per unit of flow per edge id, in [0, +∞]; +∞ closes the edge.</param>
    /// <param name="nodeSupplies">Per node id: amount available (&gt; 0), wanted (&lt; 0) or neither (0); finite.</param>
    /// <exception cref="ArgumentException">A value is out of range or a span has the wrong length.</exception>
    public MinCostFlowResult Compute(
        ReadOnlySpan<double> edgeCapacities, ReadOnlySpan<double> edgeCosts, ReadOnlySpan<double> nodeSupplies)
    {
        EdgeWeights.Validate(_graph, edgeCapacities, nameof(edgeCapacities), "capacity");
        EdgeWeights.Validate(_graph, edgeCosts, nameof(edgeCosts), "cost");
        double totalDemand = Initialise(edgeCapacities, edgeCosts, nodeSupplies);
        double delivered = 0.0;
        while (ShortestAugmentingPath())
        {
            delivered += Augment();
        }

        int m = _graph.EdgeCount;
        var flows = new double[m];
        double cost = 0.0;
        for (int e = 0; e < m; e++)
        {
            flows[e] = _spare[(2 * e) + 1];
            cost += flows[e] > 0.0 ? flows[e] * edgeCosts[e] : 0.0;
        }

        return new MinCostFlowResult(ImmutableArray.Create(flows), cost, delivered, totalDemand);
    }

    private double Initialise(ReadOnlySpan<double> capacities, ReadOnlySpan<double> costs, ReadOnlySpan<double> supplies)
    {
        int n = _graph.NodeCount;
        if (supplies.Length != n)
        {
            throw new ArgumentException($"Expected one supply per node ({n}), got {supplies.Length}.", nameof(supplies));
        }

        Array.Clear(_spare);
        Array.Clear(_arcCost);
        Array.Clear(_potential);
        for (int e = 0; e < _graph.EdgeCount; e++)
        {
            _spare[2 * e] = capacities[e];
            _arcCost[2 * e] = costs[e];
            _arcCost[(2 * e) + 1] = -costs[e];
        }

        double totalDemand = 0.0;
        int first = 2 * _graph.EdgeCount;
        for (int v = 0; v < n; v++)
        {
            double supply = supplies[v];
            if (!double.IsFinite(supply))
            {
                throw new ArgumentException($"Node {v} has supply {supply}; supplies must be finite.", nameof(supplies));
            }

            _spare[first + (4 * v)] = Math.Max(supply, 0.0);
            _spare[first + (4 * v) + 2] = Math.Max(-supply, 0.0);
            totalDemand += Math.Max(-supply, 0.0);
        }

        return totalDemand;
    }

    /// <summary>Dijkstra on reduced costs from the super-source; updates the potentials; true if the super-sink was reached.</summary>
    private bool ShortestAugmentingPath()
    {
        int[] tails = _residual.EdgeSources;
        int[] heads = _residual.EdgeTargets;
        for (int a = 0; a < _reducedCost.Length; a++)
        {
            // Clamped at 0: rounding may leave a tight arc a hair below zero.
            _reducedCost[a] = _spare[a] > 0.0
                ? Math.Max(0.0, _arcCost[a] + _potential[tails[a]] - _potential[heads[a]])
                : double.PositiveInfinity;
        }

        if (!_search.Run(SuperSource, SuperSink, _reducedCost, default(NoHeuristic)))
        {
            return false;
        }

        double[] distance = _search.Distances;
        double toSink = distance[SuperSink];
        for (int v = 0; v < _potential.Length; v++)
        {
            _potential[v] += Math.Min(distance[v], toSink);
        }

        return true;
    }

    /// <summary>Pushes the bottleneck amount along the path just found; returns the amount.</summary>
    private double Augment()
    {
        int[] predecessor = _search.Predecessors;
        int[] tails = _residual.EdgeSources;
        double amount = double.PositiveInfinity;
        for (int v = SuperSink; v != SuperSource; v = tails[predecessor[v]])
        {
            amount = Math.Min(amount, _spare[predecessor[v]]);
        }

        for (int v = SuperSink; v != SuperSource; v = tails[predecessor[v]])
        {
            int arc = predecessor[v];
            _spare[arc] -= amount;
            _spare[arc ^ 1] += amount;
        }

        return amount;
    }
}
