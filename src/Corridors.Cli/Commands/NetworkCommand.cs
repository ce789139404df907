using System.CommandLine;
using System.Text.Json;
using Corridors.Cli.Output;
using Corridors.Cli.Output.Network;
using Corridors.Core.Model;
using Corridors.Core.Reports;
using Corridors.Core.Routing.Topology;

namespace Corridors.Cli.Commands;

/// <summary>What `corridors network` was asked.</summary>
/// <param name="Json">Write JSON instead of tables.</param>
/// <param name="GraphMl">Export GraphML to this file, or null.</param>
/// <param name="Dot">Export Graphviz DOT to this file, or null.</param>
internal sealed record NetworkOptions(bool Json = false, string? GraphMl = null, string? Dot = null);

/// <summary>
/// `corridors network SCENARIO [--json] [--graphml FILE] [--dot FILE]`: the structure of the network
/// (<see cref="NetworkAnalysis"/>): components, unreached nodes and dead ends per mode, single points of
/// failure with the tonnes they strand, and each flow's disjoint routes; optionally exported for Gephi,
/// yEd or Graphviz.
/// </summary>
internal static class NetworkCommand
{
    public static Command Create(CliConsole console)
    {
        var scenario = QueryCommand.Scenario();
        var json = QueryCommand.Json("Write a JSON object instead of tables.");
        var graphMl = new Option<string?>("--graphml") { Description = "Also write the network with its figures as GraphML (Gephi, yEd) to this file." };
        var dot = new Option<string?>("--dot") { Description = "Also write the network with its figures as Graphviz DOT to this file." };
        var command = new Command("network", "Structure of the network: components, dead ends, single points of failure (tonnes at risk), disjoint routes per flow.")
        {
            scenario, json, graphMl, dot,
        };
        command.SetAction(parsed => QueryCommand.OnScenario(parsed.GetValue(scenario)!, console, model => Execute(
            model, new NetworkOptions(parsed.GetValue(json), parsed.GetValue(graphMl), parsed.GetValue(dot)), console)));
        return command;
    }

    /// <summary>Analyses <paramref name="model"/>, writes the exports and the report; returns the exit code.</summary>
    public static int Execute(ScenarioModel model, NetworkOptions options, CliConsole console)
    {
        var exports = new List<(string Path, string Format, Action<TextWriter, NetworkFigures> Write)>();
        if (options.GraphMl is { } graphMl)
        {
            exports.Add((graphMl, "GraphML", GraphMlWriter.Write));
        }

        if (options.Dot is { } dot)
        {
            exports.Add((dot, "DOT", DotWriter.Write));
        }

        // Check every path before writing anything, so a bad second path leaves no first file behind.
        foreach (var (path, format, _) in exports.Where(e => Directory.Exists(e.Path)))
        {
            console.Error.WriteLine($"error: cannot write {format} to '{path}': it is a directory; expected a file name");
            return ExitCodes.UserMistake;
        }

        var report = QueryCommand.Answer(console, () => NetworkAnalysis.Analyze(model));
        if (report is null)
        {
            return ExitCodes.UserMistake;
        }

        var figures = new NetworkFigures(model, report);
        foreach (var (path, format, write) in exports)
        {
            try
            {
                AtomicFile.Write(path, writer => write(writer, figures));
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"error: cannot write {format} to '{path}': {error.Message}");
                return ExitCodes.UserMistake;
            }
        }

        if (options.Json)
        {
            console.Out.WriteLine(JsonSerializer.Serialize(ToJson(report), CliText.Json));
        }
        else
        {
            NetworkTables.Write(report, console.Out);
        }

        return ExitCodes.Success;
    }

    private static object ToJson(NetworkReport report) => new
    {
        report.Scenario,
        report.Vertices,
        report.Edges,
        report.Modes,
        report.Overall,
        SinglePointsOfFailure = report.SinglePointsOfFailure.Select(p => new
        {
            Kind = p.Kind == NetworkElementKind.Node ? "node" : "link",
            p.Id,
            p.TonnesPerYearAtRisk,
            p.Flows,
        }),
        report.Flows,
    };
}
