using Corridors.Graphs.Paths;

namespace Corridors.Graphs.Tests.Support;

/// <summary>Checks that a returned path really is a path of the graph with the stated cost.</summary>
public static class PathChecks
{
    public static bool IsValid(GraphCase g, GraphPath path, int source, int target)
    {
        if (path.Source != source || path.Target != target || path.Nodes.Length != path.Edges.Length + 1)
        {
            return false;
        }

        double cost = 0;
        for (int i = 0; i < path.Edges.Length; i++)
        {
            var (s, t, w) = g.Edges[path.Edges[i]];
            if (s != path.Nodes[i] || t != path.Nodes[i + 1])
            {
                return false;
            }

            cost += w;
        }

        return cost == path.Cost;
    }

    public static bool IsLoopless(GraphPath path) => path.Nodes.Distinct().Count() == path.Nodes.Length;
}
