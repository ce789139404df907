using Corridors.Graphs;
using QuikGraph;
using QuikGraph.Algorithms.ShortestPath;

namespace Corridors.Cli.Commands;

/// <summary>
/// The queries of `corridors bench routing` on QuikGraph (<see cref="DijkstraShortestPathAlgorithm{TVertex, TEdge}"/>
/// and <see cref="YenShortestPathsAlgorithm{TVertex}"/>), for the side-by-side figures. The graph is built once,
/// untimed, as QuikGraph's Yen needs it: an adjacency graph of tagged edges whose tag is the weight.
/// </summary>
internal sealed class QuikGraphRoutingEngine
{
    private readonly AdjacencyGraph<int, EquatableTaggedEdge<int, double>> _graph;
    private readonly DijkstraShortestPathAlgorithm<int, EquatableTaggedEdge<int, double>> _dijkstra;

    public QuikGraphRoutingEngine(DirectedGraph graph, double[] weights)
    {
        _graph = new AdjacencyGraph<int, EquatableTaggedEdge<int, double>>(allowParallelEdges: true, graph.NodeCount);
        _graph.AddVertexRange(Enumerable.Range(0, graph.NodeCount));
        for (int e = 0; e < graph.EdgeCount; e++)
        {
            _graph.AddEdge(new EquatableTaggedEdge<int, double>(graph.Source(e), graph.Target(e), weights[e]));
        }

        _dijkstra = new DijkstraShortestPathAlgorithm<int, EquatableTaggedEdge<int, double>>(_graph, e => e.Tag);
    }

    /// <summary>One-to-all shortest distances from <paramref name="source"/>.</summary>
    public void Tree(int source) => _dijkstra.Compute(source);

    /// <summary>Gets the costs of up to <paramref name="k"/> cheapest loopless paths, cheapest first; none when the target is out of reach.</summary>
    public double[] KShortestCosts(int source, int target, int k)
    {
        // From a node to itself the one loopless path is the empty one, as the Corridors engine answers;
        // QuikGraph's Yen finds no path there, which would count as a disagreement between the engines.
        if (source == target)
        {
            return [0];
        }

        try
        {
            var yen = new YenShortestPathsAlgorithm<int>(_graph, source, target, k, e => e.Tag);
            return [.. yen.Execute().Select(path => path.Sum(e => e.Tag))];
        }
        catch (NoPathFoundException)
        {
            return [];
        }
    }
}
