using System.CommandLine;
using System.Text.Json;
using Corridors.Cli.Output;
using Corridors.Core.Model;
using Corridors.Core.Routing;
using static Corridors.Cli.Output.CliText;

namespace Corridors.Cli.Commands;

/// <summary>What `corridors capacity` was asked.</summary>
/// <param name="From">Ids of the nodes goods leave from.</param>
/// <param name="To">Ids of the nodes goods go to.</param>
/// <param name="DemandTonnesPerYear">A demand to assign at least cost, or null.</param>
/// <param name="By">What the assignment minimises.</param>
/// <param name="Json">Write JSON instead of tables.</param>
internal sealed record CapacityOptions(
    IReadOnlyList<string> From, IReadOnlyList<string> To, double? DemandTonnesPerYear = null, RoutePreset By = RoutePreset.Scenario, bool Json = false);

/// <summary>
/// `corridors capacity SCENARIO --from A[,A2…] --to B[,B2…] [--demand T] [--by …] [--json]`: the most the
/// corridor carries per year and the capacities that bind it (a minimum cut); with --demand, the cheapest
/// assignment of that demand and what does not fit.
/// </summary>
internal static class CapacityCommand
{
    public static Command Create(CliConsole console)
    {
        var scenario = QueryCommand.Scenario();
        var from = new Option<string>("--from") { Description = "Node id(s) goods leave from, comma-separated.", Required = true };
        var to = new Option<string>("--to") { Description = "Node id(s) goods go to, comma-separated.", Required = true };
        var demand = new Option<double?>("--demand") { Description = "Also assign this demand (t/yr) at least cost and report what does not fit." }
            .Require(d => d is null || (d >= 0 && double.IsFinite(d.Value)), "--demand must be a finite number of t/yr ≥ 0.");
        var by = QueryCommand.By("What the assignment minimises.");
        var json = QueryCommand.Json("Write a JSON object instead of tables.");
        var command = new Command("capacity", "Maximum annual throughput (t/yr) between nodes, and the links and nodes that bind it.")
        {
            scenario, from, to, demand, by, json,
        };
        command.SetAction(parsed => QueryCommand.OnScenario(parsed.GetValue(scenario)!, console, model => Execute(
            model,
            new CapacityOptions(Ids(parsed.GetValue(from)!), Ids(parsed.GetValue(to)!), parsed.GetValue(demand), Preset(parsed.GetValue(by)!), parsed.GetValue(json)),
            console)));
        return command;
    }

    /// <summary>Computes and writes the capacity (and assignment); returns the exit code.</summary>
    public static int Execute(ScenarioModel model, CapacityOptions options, CliConsole console)
    {
        var answer = QueryCommand.Answer(console, () =>
        {
            var router = new CorridorRouter(model);
            var capacity = router.Capacity(options.From, options.To);
            var assignment = options.DemandTonnesPerYear is { } demand ? router.Assign(options.From, options.To, demand, options.By) : null;
            return Tuple.Create(capacity, assignment);
        });
        if (answer is null)
        {
            return ExitCodes.UserMistake;
        }

        var (capacity, assignment) = answer;

        if (options.Json)
        {
            console.Out.WriteLine(JsonSerializer.Serialize(ToJson(capacity, assignment), CliText.Json));
        }
        else
        {
            WriteTables(capacity, assignment, options.By, console.Out);
        }

        return ExitCodes.Success;
    }

    private static void WriteTables(CapacityReport capacity, AssignmentReport? assignment, RoutePreset by, TextWriter output)
    {
        output.WriteLine($"capacity {string.Join(", ", capacity.From)} → {string.Join(", ", capacity.To)}: {Number(capacity.MaxTonnesPerYear, "N0")} t/yr");
        output.WriteLine("binding (minimum cut):");
        var cut = new TextTable("kind", "id", "t/yr>");
        foreach (var limit in capacity.Cut)
        {
            cut.Add(limit.Kind == CapacityLimitKind.Link ? "link" : "node", limit.Id, Number(limit.TonnesPerYear, "N0"));
        }

        cut.Write(output, "  ");
        if (assignment is null)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(
            $"cheapest assignment of {Number(assignment.DemandTonnesPerYear, "N0")} t/yr by {Describe(by)}: "
            + $"{Number(assignment.DeliveredTonnesPerYear, "N0")} delivered, {Number(assignment.UnmetTonnesPerYear, "N0")} unmet, "
            + $"cost {Number(assignment.CostPerYear, "N2")} per year");
        var links = new TextTable("link", "t/yr>");
        foreach (var flow in assignment.Links)
        {
            links.Add(flow.Link, Number(flow.TonnesPerYear, "N0"));
        }

        links.Write(output, "  ");
    }

    private static object ToJson(CapacityReport capacity, AssignmentReport? assignment) => new
    {
        capacity.From,
        capacity.To,
        capacity.MaxTonnesPerYear,
        Cut = capacity.CutLinks,
        capacity.CutNodes,
        Binding = capacity.Cut.Select(c => new { Kind = c.Kind == CapacityLimitKind.Link ? "link" : "node", c.Id, c.TonnesPerYear }),
        Assignment = assignment is null ? null : new
        {
            assignment.DemandTonnesPerYear,
            assignment.DeliveredTonnesPerYear,
            assignment.UnmetTonnesPerYear,
            assignment.CostPerYear,
            assignment.Links,
        },
    };
}
