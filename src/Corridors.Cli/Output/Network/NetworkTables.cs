using Corridors.Core.Routing.Topology;
using static Corridors.Cli.Output.CliText;

namespace Corridors.Cli.Output.Network;

/// <summary>The text form of `corridors network`: structure per mode, single points of failure, redundancy per flow.</summary>
internal static class NetworkTables
{
    public static void Write(NetworkReport report, TextWriter output)
    {
        output.WriteLine($"network {report.Scenario}: expanded to {report.Vertices} vertices and {report.Edges} edges");
        var layers = new TextTable("mode", "nodes>", "links>", "components>", "unreached", "dead ends");
        foreach (var layer in report.Modes.Append(report.Overall))
        {
            layers.Add(layer.Mode, Count(layer.Nodes), Count(layer.Links), Count(layer.Components.Count), Ids(layer.Unreached), Ids(layer.DeadEnds));
        }

        layers.Write(output, "  ");
        output.WriteLine();
        output.WriteLine(report.SinglePointsOfFailure.Count == 0
            ? "single points of failure: none (every flow keeps a route whatever one node or link closes)"
            : "single points of failure (closing one strands these flows; most tonnes first):");
        if (report.SinglePointsOfFailure.Count > 0)
        {
            var failures = new TextTable("kind", "id", "t/yr at risk>", "flows");
            foreach (var point in report.SinglePointsOfFailure)
            {
                failures.Add(point.Kind == NetworkElementKind.Node ? "node" : "link", point.Id, Number(point.TonnesPerYearAtRisk, "N0"), string.Join(", ", point.Flows));
            }

            failures.Write(output, "  ");
        }

        output.WriteLine();
        output.WriteLine("redundancy per flow (routes sharing no link / no node):");
        var flows = new TextTable("flow", "from", "to", "t/yr>", "link-disjoint>", "node-disjoint>");
        foreach (var flow in report.Flows)
        {
            flows.Add(flow.Flow, flow.Origin, flow.Destination, Number(flow.TonnesPerYear, "N0"), Count(flow.LinkDisjointRoutes), Count(flow.NodeDisjointRoutes));
        }

        flows.Write(output, "  ");
    }

    private static string Count(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Ids(IReadOnlyList<string> ids) => ids.Count == 0 ? "-" : string.Join(", ", ids);
}
