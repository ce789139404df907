using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Corridors.Cli.Bench;
using Corridors.Cli.Input;
using Corridors.Graphs;
using Corridors.Graphs.Paths;

namespace Corridors.Cli.Commands;

/// <summary>
/// `corridors bench routing`: times the routing engine (the same <see cref="DijkstraSearch"/> and
/// <see cref="YenKShortestPaths"/> the scenario routing uses) on a plain graph from CSV files, and
/// optionally writes every path cost so another implementation can be checked against it. With
/// <c>--engine quikgraph</c> or <c>both</c> the same queries run on QuikGraph (<see cref="QuikGraphRoutingEngine"/>),
/// and <c>both</c> prints the ratios and whether the two found the same path costs.
/// </summary>
internal static class BenchRoutingCommand
{
    /// <summary>Exit code for unusable input files.</summary>
    public const int BadInput = 2;

    public static Command Create(CliConsole console)
    {
        var edges = new Option<string?>("--edges") { Description = "Edge list CSV with header src,dst,weight (node ids from 0, weight ≥ 0). Without --edges and --pairs: a generated grid (see --grid) with 50 pairs." };
        var pairs = new Option<string?>("--pairs") { Description = "Query pairs CSV with header s,t (goes with --edges)." };
        var k = new Option<int>("--k") { Description = "Number of loopless paths per pair (≥ 1).", DefaultValueFactory = _ => 10 };
        k.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--k must be at least 1.");
            }
        });
        var side = new Option<int>("--grid") { Description = "Side of the generated grid when no files are given (cells per row, ≥ 2).", DefaultValueFactory = _ => 100 };
        side.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 2)
            {
                result.AddError("--grid must be at least 2.");
            }
        });
        var costs = new Option<string?>("--costs") { Description = "Write s,t,rank,cost for every path found to this CSV file (by the first engine run)." };
        var engine = new Option<string>("--engine") { Description = "Which implementation runs the queries.", DefaultValueFactory = _ => "corridors" };
        engine.AcceptOnlyFromAmong("corridors", "quikgraph", "both");

        var command = new Command(
            "routing",
            "Median milliseconds per query of one-to-all Dijkstra (from each pair's s) and k-shortest loopless paths (per pair).")
        {
            edges, pairs, side, k, costs, engine,
        };
        command.SetAction(parsed => Run(
            console, parsed.GetValue(edges), parsed.GetValue(pairs), parsed.GetValue(side), parsed.GetValue(k), parsed.GetValue(costs), parsed.GetValue(engine)!));
        return command;
    }

    private static int Run(CliConsole console, string? edgesFile, string? pairsFile, int side, int k, string? costsFile, string engine)
    {
        DirectedGraph graph;
        double[] weights;
        (int Source, int Target)[] pairs;
        if ((edgesFile is null) != (pairsFile is null))
        {
            console.Error.WriteLine($"error: {(edgesFile is null ? "--pairs" : "--edges")} given without {(edgesFile is null ? "--edges" : "--pairs")}; expected both files, or neither for the generated grid");
            return BadInput;
        }

        if (edgesFile is null || pairsFile is null)
        {
            (graph, weights, pairs) = GridGraph.Build(side, pairCount: 50, seed: 1);
        }
        else
        {
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
        }

        console.Error.WriteLine(FormattableString.Invariant(
            $"bench routing: {graph.NodeCount} nodes, {graph.EdgeCount} edges, {pairs.Length} pairs, k = {k}"));
        var runs = new List<(string Prefix, double DijkstraMs, double YenMs, double[][] Costs)>();
        if (engine != "quikgraph")
        {
            var (dijkstraMs, yenMs, costs) = MeasureCorridors(graph, weights, pairs, k);
            runs.Add(("", dijkstraMs, yenMs, costs));
        }

        if (engine != "corridors")
        {
            var (dijkstraMs, yenMs, costs) = MeasureQuikGraph(graph, weights, pairs, k);
            runs.Add(("quikgraph-", dijkstraMs, yenMs, costs));
        }

        if (costsFile is not null && !TryWriteCosts(console, costsFile, pairs, runs[0].Costs))
        {
            return BadInput;
        }

        foreach (var run in runs)
        {
            console.Out.WriteLine(FormattableString.Invariant($"{run.Prefix}dijkstra-ms: {run.DijkstraMs:0.000}"));
            console.Out.WriteLine(FormattableString.Invariant($"{run.Prefix}yen-ms: {run.YenMs:0.000}"));
        }

        if (runs.Count == 2)
        {
            int differ = Enumerable.Range(0, pairs.Length).Count(i => !runs[0].Costs[i].SequenceEqual(runs[1].Costs[i]));
            console.Out.WriteLine(FormattableString.Invariant($"dijkstra-ratio: {runs[1].DijkstraMs / runs[0].DijkstraMs:0.0}"));
            console.Out.WriteLine(FormattableString.Invariant($"yen-ratio: {runs[1].YenMs / runs[0].YenMs:0.0}"));
            console.Out.WriteLine(differ == 0 ? "costs-agree: yes" : FormattableString.Invariant($"costs-agree: no ({differ} of {pairs.Length} pairs differ)"));
        }

        return 0;
    }

    private static (double DijkstraMs, double YenMs, double[][] Costs) MeasureCorridors(
        DirectedGraph graph, double[] weights, (int Source, int Target)[] pairs, int k)
    {
        var dijkstra = new DijkstraSearch(graph);
        var yen = new YenKShortestPaths(graph);

        // One untimed round so the medians measure the algorithms, not the JIT.
        dijkstra.ComputeTree(pairs[0].Source, weights);
        yen.Compute(pairs[0].Source, pairs[0].Target, k, weights);

        double dijkstraMs = Median(pairs, p => dijkstra.ComputeTree(p.Source, weights));
        var found = new IReadOnlyList<GraphPath>[pairs.Length];
        int next = 0;
        double yenMs = Median(pairs, p => found[next++] = yen.Compute(p.Source, p.Target, k, weights));
        return (dijkstraMs, yenMs, [.. found.Select(paths => paths.Select(p => p.Cost).ToArray())]);
    }

    private static (double DijkstraMs, double YenMs, double[][] Costs) MeasureQuikGraph(
        DirectedGraph graph, double[] weights, (int Source, int Target)[] pairs, int k)
    {
        var engine = new QuikGraphRoutingEngine(graph, weights);
        engine.Tree(pairs[0].Source);
        engine.KShortestCosts(pairs[0].Source, pairs[0].Target, k);

        double dijkstraMs = Median(pairs, p => engine.Tree(p.Source));
        var found = new double[pairs.Length][];
        int next = 0;
        double yenMs = Median(pairs, p => found[next++] = engine.KShortestCosts(p.Source, p.Target, k));
        return (dijkstraMs, yenMs, found);
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
        CliConsole console, string file, (int Source, int Target)[] pairs, double[][] found)
    {
        string temporary = file + ".tmp";
        try
        {
            using (var writer = new StreamWriter(temporary))
            {
                writer.WriteLine("s,t,rank,cost");
                for (int i = 0; i < pairs.Length; i++)
                {
                    for (int rank = 1; rank <= found[i].Length; rank++)
                    {
                        writer.WriteLine(string.Create(
                            CultureInfo.InvariantCulture, $"{pairs[i].Source},{pairs[i].Target},{rank},{found[i][rank - 1]:R}"));
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
