namespace Corridors.Graphs.Tests.Support;

/// <summary>Slow, obviously correct reference answers for small graphs.</summary>
public static class BruteForce
{
    /// <summary>Bellman–Ford distances from <paramref name="source"/>; +∞ where unreachable.</summary>
    public static double[] Distances(GraphCase g, int source)
    {
        var distance = Enumerable.Repeat(double.PositiveInfinity, g.NodeCount).ToArray();
        distance[source] = 0;
        for (int round = 0; round < g.NodeCount; round++)
        {
            foreach (var (s, t, w) in g.Edges)
            {
                distance[t] = Math.Min(distance[t], distance[s] + w);
            }
        }

        return distance;
    }

    /// <summary>Every loopless path from source to target as (edge ids, cost), costs summed in travel order.</summary>
    public static List<(int[] Edges, double Cost)> SimplePaths(GraphCase g, int source, int target)
    {
        var found = new List<(int[], double)>();
        var onPath = new bool[g.NodeCount];
        var edges = new List<int>();
        void Walk(int u)
        {
            if (u == target)
            {
                found.Add(([.. edges], edges.Sum(e => g.Edges[e].Value)));
                return;
            }

            onPath[u] = true;
            for (int e = 0; e < g.EdgeCount; e++)
            {
                var (s, t, w) = g.Edges[e];
                if (s == u && !onPath[t] && w < double.PositiveInfinity)
                {
                    edges.Add(e);
                    Walk(t);
                    edges.RemoveAt(edges.Count - 1);
                }
            }

            onPath[u] = false;
        }

        Walk(source);
        return found;
    }

    /// <summary>The smallest capacity of any cut separating the sources from the sinks, by trying every node subset.</summary>
    public static double MinCut(GraphCase g, int[] sources, int[] sinks)
    {
        double best = double.PositiveInfinity;
        for (int mask = 0; mask < 1 << g.NodeCount; mask++)
        {
            bool Inside(int v) => (mask >> v & 1) == 1;
            if (!sources.All(Inside) || sinks.Any(Inside))
            {
                continue;
            }

            best = Math.Min(best, g.Edges.Where(e => Inside(e.Source) && !Inside(e.Target)).Sum(e => e.Value));
        }

        return best;
    }

    /// <summary>
    /// Enumerates every integer flow (capacities are small integers) and returns the largest amount ≤
    /// <paramref name="demand"/> that can go from source to sink, and the least cost of sending it.
    /// </summary>
    public static (int Amount, double Cost) MinCostFlow(GraphCase capacities, double[] costs, int source, int sink, int demand)
    {
        var best = (Amount: 0, Cost: 0.0);
        var flow = new int[capacities.EdgeCount];
        void Enumerate(int e)
        {
            if (e == flow.Length)
            {
                var net = new int[capacities.NodeCount];
                for (int i = 0; i < flow.Length; i++)
                {
                    net[capacities.Edges[i].Source] += flow[i];
                    net[capacities.Edges[i].Target] -= flow[i];
                }

                int amount = net[source];
                bool conserved = Enumerable.Range(0, net.Length).All(v => v == source || v == sink || net[v] == 0);
                if (conserved && amount >= 0 && amount <= demand)
                {
                    double cost = flow.Select((f, i) => f == 0 ? 0 : f * costs[i]).Sum();
                    if (amount > best.Amount || (amount == best.Amount && cost < best.Cost))
                    {
                        best = (amount, cost);
                    }
                }

                return;
            }

            for (flow[e] = 0; flow[e] <= capacities.Edges[e].Value; flow[e]++)
            {
                Enumerate(e + 1);
            }

            flow[e] = 0;
        }

        Enumerate(0);
        return best;
    }
}
