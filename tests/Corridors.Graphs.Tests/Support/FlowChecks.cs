using System.Collections.Immutable;

namespace Corridors.Graphs.Tests.Support;

/// <summary>Feasibility checks for flows given as one amount per edge id.</summary>
public static class FlowChecks
{
    public static bool RespectsCapacities(GraphCase capacities, ImmutableArray<double> flows) =>
        capacities.Edges.Select((e, i) => flows[i] >= 0 && flows[i] <= e.Value).All(ok => ok);

    /// <summary>Inflow equals outflow at every node except the excused ones.</summary>
    public static bool Conserves(GraphCase g, ImmutableArray<double> flows, Func<int, bool> excused) =>
        Conserves(g, flows, excused, out _);

    /// <summary>As above, also giving each node's net outflow through <paramref name="net"/>.</summary>
    public static bool Conserves(GraphCase g, ImmutableArray<double> flows, Func<int, bool> excused, out double[] net)
    {
        var outflow = new double[g.NodeCount];
        for (int e = 0; e < g.EdgeCount; e++)
        {
            outflow[g.Edges[e].Source] += flows[e];
            outflow[g.Edges[e].Target] -= flows[e];
        }

        net = outflow;
        return Enumerable.Range(0, g.NodeCount).All(v => excused(v) || outflow[v] == 0);
    }
}
