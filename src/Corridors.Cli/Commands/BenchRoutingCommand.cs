using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Corridors.Cli.Input;
using Corridors.Graphs;
using Corridors.Graphs.Paths;

namespace Corridors.Cli.Commands;

/// <summary>
/// `corridors bench routing`: times the routing engine (the same <see cref="DijkstraSearch"/> and
/// <see cref="YenKShortestPaths"/> the scenario routing uses) on a plain graph from CSV files, and
/// optionally writes every path cost so another implementation can be checked against it.
/// </summary>
internal static class BenchRoutingCommand
{
    /// <summary>Exit code for unusable input files.</summary>
    public const int BadInput = 2;

    public static Command Create(CliConsole console)
    {
        var edges = new Option<string>("--edges") { Description = "Edge list CSV with header src,dst,weight (node ids from 0, weight ≥ 0).", Required = true };
        var pairs = new Option<string>("--pairs") { Description = "Query pairs CSV with header s,t.", Required = true };
        var k = new Option<int>("--k") { Description = "Number of loopless paths per pair (≥ 1).", DefaultValueFactory = _ => 10 };
        k.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--k must be at least 1.");
            }
        });
        var costs = new Option<string?>("--costs") { Description = "Write s,t,rank,cost for every path found to this CSV file." };

        var command = new Command(
            "routing",
            "Median milliseconds per query of one-to-all Dijkstra (from each pair's s) and k-shortest loopless paths (per pair).")
        {
            edges, pairs, k, costs,
        };
        command.SetAction(parsed => Run(
            console, parsed.GetValue(edges)!, parsed.GetValue(pairs)!, parsed.GetValue(k), parsed.GetValue(costs)));
        return command;
    }

    private static int Run(CliConsole console, string edgesFile, string pairsFile, int k, string? costsFile)
    {
        DirectedGraph graph;
        double[] weights;
        (int Source, int Target)[] pairs;
        try
        {
            (graph, weights) = RoutingCsv.LoadEdges(edgesFile);
            pairs = RoutingCsv.LoadPairs(pairsFile, graph);
        }
        catch (CsvInputException error)
        {
            console.Error.WriteLine($"error: {error.Message}");
            return BadInput;
        }

        console.Error.WriteLine(FormattableString.Invariant(
            $"bench routing: {graph.NodeCount} nodes, {graph.EdgeCount} edges, {pairs.Length} pairs, k = {k}"));
        var dijkstra = new DijkstraSearch(graph);
        var yen = new YenKShortestPaths(graph);

        // One untimed round so the medians measure the algorithms, not the JIT.
        dijkstra.ComputeTree(pairs[0].Source, weights);
        yen.Compute(pairs[0].Source, pairs[0].Target, k, weights);

        double dijkstraMs = Median(pairs, p => dijkstra.ComputeTree(p.Source, weights));
        var found = new IReadOnlyList<GraphPath>[pairs.Length];
        int next = 0;
        double yenMs = Median(pairs, p => found[next++] = yen.Compute(p.Source, p.Target, k, weights));

        if (costsFile is not null && !TryWriteCosts(console, costsFile, pairs, found))
        {
            return BadInput;
        }

        console.Out.WriteLine(FormattableString.Invariant($"dijkstra-ms: {dijkstraMs:0.000}"));
        console.Out.WriteLine(FormattableString.Invariant($"yen-ms: {yenMs:0.000}"));
        return 0;
    }

    private static double Median((int Source, int Target)[] pairs, Action<(int Source, int Target)> query)
    {
        var ms = new double[pairs.Length];
        for (int i = 0; i < pairs.Length; i++)
        {
            long start = Stopwatch.GetTimestamp();
            query(pairs[i]);
            ms[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(ms);
        int middle = ms.Length / 2;
        return ms.Length % 2 == 1 ? ms[middle] : (ms[middle - 1] + ms[middle]) / 2;
    }

    /// <summary>Writes to a temporary file beside the target, then moves it into place, so readers never see half a file.</summary>
    private static bool TryWriteCosts(
        CliConsole console, string file, (int Source, int Target)[] pairs, IReadOnlyList<GraphPath>[] found)
    {
        string temporary = file + ".tmp";
        try
        {
            using (var writer = new StreamWriter(temporary))
            {
                writer.WriteLine("s,t,rank,cost");
                for (int i = 0; i < pairs.Length; i++)
                {
                    for (int rank = 1; rank <= found[i].Count; rank++)
                    {
                        writer.WriteLine(string.Create(
                            CultureInfo.InvariantCulture, $"{pairs[i].Source},{pairs[i].Target},{rank},{found[i][rank - 1].Cost:R}"));
                    }
                }
            }

            File.Move(temporary, file, overwrite: true);
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            console.Error.WriteLine($"error: cannot write {file}: {error.Message}");
            return false;
        }
    }
}
