using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Corridors.Graphs.Paths;

namespace Corridors.Graphs.Flows;

/// <summary>
/// Maximum flow and minimum cut between node sets by Dinic's algorithm (level graph by breadth-first
/// search, blocking flow by an iterative depth-first search with current-arc pointers).
/// Reusable for many queries on one graph; not thread-safe.
/// </summary>
/// <remarks>
/// The residual graph is not built: a node's residual arcs are its out-edges (spare capacity) followed
/// by its in-edges (flow that can be pushed back), read from the graph's two adjacency arrays.
/// Spare capacity and flow are kept separately, so the bottleneck arc of each augmentation becomes exactly
/// zero and +∞ capacities stay +∞. Arcs are tried in that fixed order, so results are deterministic.
/// </remarks>
public sealed class MaxFlowSolver
{
    private const byte Source = 1;
    private const byte Sink = 2;
    private readonly DirectedGraph _graph;
    private readonly int[] _level;
    private readonly int[] _nextArc;
    private readonly int[] _queue;
    private readonly byte[] _role;
    private readonly int[] _pathArc;
    private readonly int[] _pathTail;
    private readonly double[] _spare;
    private readonly double[] _flow;

    /// <summary>Creates a workspace for <paramref name="graph"/>; O(NodeCount + EdgeCount) memory, allocated once.</summary>
    public MaxFlowSolver(DirectedGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _graph = graph;
        int n = graph.NodeCount;
        _level = new int[n];
        _nextArc = new int[n];
        _queue = new int[n];
        _role = new byte[n];
        _pathArc = new int[n];
        _pathTail = new int[n];
        _spare = new double[graph.EdgeCount];
        _flow = new double[graph.EdgeCount];
    }

    /// <summary>Computes a maximum flow from <paramref name="sources"/> to <paramref name="sinks"/> and a minimum cut.</summary>
    /// <param name="edgeCapacities">Capacity per edge id, in [0, +∞]; +∞ = unlimited (e.g. links to a super-source).</param>
    /// <param name="sources">Nodes flow may leave from (non-empty; duplicates allowed).</param>
    /// <param name="sinks">Nodes flow may end at (non-empty, disjoint from the sources).</param>
    /// <exception cref="ArgumentException">
    /// A capacity is negative or NaN, a node is out of range, the sets are empty or overlap, or a path of
    /// unlimited edges joins them (the flow would be unbounded).
    /// </exception>
    public MaxFlowResult Compute(ReadOnlySpan<double> edgeCapacities, ReadOnlySpan<int> sources, ReadOnlySpan<int> sinks)
    {
        EdgeWeights.Validate(_graph, edgeCapacities, nameof(edgeCapacities), "capacity");
        AssignRoles(sources, sinks);
        edgeCapacities.CopyTo(_spare);
        Array.Clear(_flow);
        double value = 0.0;
        while (BuildLevels(sources))
        {
            Array.Clear(_nextArc);
            foreach (int source in sources)
            {
                double pushed = BlockingFlow(source);
                if (pushed == double.PositiveInfinity)
                {
                    throw new ArgumentException(
                        $"The flow is unbounded: every edge on a path from source {source} to a sink has unlimited capacity.",
                        nameof(edgeCapacities));
                }

                value += pushed;
            }
        }

        // The last level search found no sink, so it marked exactly the residual-reachable nodes.
        var sourceSide = new bool[_graph.NodeCount];
        for (int v = 0; v < sourceSide.Length; v++)
        {
            sourceSide[v] = _level[v] >= 0;
        }

        var cut = new List<int>();
        for (int e = 0; e < _graph.EdgeCount; e++)
        {
            if (sourceSide[_graph.EdgeSources[e]] && !sourceSide[_graph.EdgeTargets[e]])
            {
                cut.Add(e);
            }
        }

        return new MaxFlowResult(
            value,
            ImmutableArray.Create(_flow),
            [.. cut],
            ImmutableCollectionsMarshal.AsImmutableArray(sourceSide));
    }

    private void AssignRoles(ReadOnlySpan<int> sources, ReadOnlySpan<int> sinks)
    {
        if (sources.IsEmpty || sinks.IsEmpty)
        {
            throw new ArgumentException("Both the source set and the sink set need at least one node.", nameof(sources));
        }

        Array.Clear(_role);
        foreach (int s in sources)
        {
            _role[_graph.CheckNode(s, nameof(sources))] = Source;
        }

        foreach (int t in sinks)
        {
            if (_role[_graph.CheckNode(t, nameof(sinks))] == Source)
            {
                throw new ArgumentException($"Node {t} is both a source and a sink.", nameof(sinks));
            }

            _role[t] = Sink;
        }
    }

    /// <summary>Breadth-first levels over arcs with spare capacity; true when some sink is reached.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool BuildLevels(ReadOnlySpan<int> sources)
    {
        Array.Fill(_level, -1);
        int head = 0;
        int tail = 0;
        foreach (int s in sources)
        {
            if (_level[s] < 0)
            {
                _level[s] = 0;
                _queue[tail++] = s;
            }
        }

        int sinkLevel = int.MaxValue;
        while (head < tail)
        {
            int u = _queue[head++];
            if (_role[u] == Sink)
            {
                sinkLevel = _level[u];
                continue;
            }

            if (_level[u] >= sinkLevel)
            {
                continue; // nothing beyond the nearest sink can be on a shortest augmenting path
            }

            tail = Enqueue(u, _graph.Out, _spare, tail);
            tail = Enqueue(u, _graph.In, _flow, tail);
        }

        return sinkLevel != int.MaxValue;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Enqueue(int u, CompressedAdjacency adjacency, double[] residual, int tail)
    {
        int next = _level[u] + 1;
        for (int slot = adjacency.Start[u], end = adjacency.Start[u + 1]; slot < end; slot++)
        {
            int v = adjacency.Neighbor[slot];
            if (_level[v] < 0 && residual[adjacency.Edge[slot]] > 0.0)
            {
                _level[v] = next;
                _queue[tail++] = v;
            }
        }

        return tail;
    }

    /// <summary>Pushes flow from <paramref name="source"/> along level-increasing arcs until none is left; +∞ if unbounded.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double BlockingFlow(int source)
    {
        double pushed = 0.0;
        int depth = 0;
        int u = source;
        while (true)
        {
            if (_role[u] == Sink)
            {
                double amount = Augment(depth);
                if (amount == double.PositiveInfinity)
                {
                    return amount;
                }

                pushed += amount;
                depth = FirstSaturated(depth);
                u = _pathTail[depth];
                continue;
            }

            int arc = AdmissibleArc(u);
            if (arc >= 0)
            {
                _pathTail[depth] = u;
                _pathArc[depth++] = arc;
                u = Head(arc);
                continue;
            }

            if (depth == 0)
            {
                return pushed;
            }

            u = _pathTail[--depth];
            _nextArc[u]++;
        }
    }

    /// <summary>The current arc of <paramref name="u"/> if admissible after skipping dead ones, encoded as edge*2 + (1 if backward); else -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int AdmissibleArc(int u)
    {
        CompressedAdjacency outAdj = _graph.Out;
        CompressedAdjacency inAdj = _graph.In;
        int outStart = outAdj.Start[u];
        int outDegree = outAdj.Start[u + 1] - outStart;
        int inStart = inAdj.Start[u];
        int degree = outDegree + inAdj.Start[u + 1] - inStart;
        int wanted = _level[u] + 1;
        for (int a = _nextArc[u]; a < degree; a = ++_nextArc[u])
        {
            if (a < outDegree)
            {
                int slot = outStart + a;
                if (_level[outAdj.Neighbor[slot]] == wanted && _spare[outAdj.Edge[slot]] > 0.0)
                {
                    return outAdj.Edge[slot] << 1;
                }
            }
            else
            {
                int slot = inStart + a - outDegree;
                if (_level[inAdj.Neighbor[slot]] == wanted && _flow[inAdj.Edge[slot]] > 0.0)
                {
                    return (inAdj.Edge[slot] << 1) | 1;
                }
            }
        }

        return -1;
    }

    private int Head(int arc) => (arc & 1) == 0 ? _graph.EdgeTargets[arc >> 1] : _graph.EdgeSources[arc >> 1];

    private double Residual(int arc) => (arc & 1) == 0 ? _spare[arc >> 1] : _flow[arc >> 1];

    private double Augment(int depth)
    {
        double amount = double.PositiveInfinity;
        for (int d = 0; d < depth; d++)
        {
            amount = Math.Min(amount, Residual(_pathArc[d]));
        }

        if (amount == double.PositiveInfinity)
        {
            return amount; // unbounded; the caller reports it
        }

        for (int d = 0; d < depth; d++)
        {
            int edge = _pathArc[d] >> 1;
            int sign = (_pathArc[d] & 1) == 0 ? 1 : -1;
            _spare[edge] -= sign * amount;
            _flow[edge] += sign * amount;
        }

        return amount;
    }

    private int FirstSaturated(int depth)
    {
        for (int d = 0; d < depth; d++)
        {
            if (Residual(_pathArc[d]) <= 0.0)
            {
                return d;
            }
        }

        return 0; // unreachable: the bottleneck arc is now exactly zero
    }
}
