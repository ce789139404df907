using System.CommandLine;
using System.Text.Json;
using Corridors.Cli.Output;
using Corridors.Core.Model;
using Corridors.Core.Routing;
using static Corridors.Cli.Output.CliText;

namespace Corridors.Cli.Commands;

/// <summary>What `corridors routes` was asked.</summary>
/// <param name="From">Origin node id.</param>
/// <param name="To">Destination node id.</param>
/// <param name="K">Number of routes (≥ 1).</param>
/// <param name="By">What to minimise.</param>
/// <param name="Json">Write JSON instead of tables.</param>
/// <param name="Commodity">The commodity to price, or null for the first flow's between the two nodes.</param>
internal sealed record RoutesOptions(string From, string To, int K = 5, RoutePreset By = RoutePreset.Scenario, bool Json = false, string? Commodity = null);

/// <summary>
/// `corridors routes SCENARIO --from A --to B [--k 5] [--by …] [--json]`: the k best routes, ranked, with
/// every stop and leg. Without --by, routes are ranked by the scenario's own weights for the cargo of its
/// first flow between the two nodes, so they are the routes simulated shipments choose among.
/// </summary>
internal static class RoutesCommand
{
    public static Command Create(CliConsole console)
    {
        var scenario = QueryCommand.Scenario();
        var from = new Option<string>("--from") { Description = "Origin node id.", Required = true };
        var to = new Option<string>("--to") { Description = "Destination node id.", Required = true };
        var k = new Option<int>("--k") { Description = "Number of routes (≥ 1).", DefaultValueFactory = _ => 5 }
            .Require(k => k >= 1, "--k must be at least 1.");
        var by = QueryCommand.By("What to minimise; scenario = the scenario's own weights.");
        var json = QueryCommand.Json("Write a JSON array instead of tables.");
        var commodity = new Option<string?>("--commodity") { Description = "Price this commodity (default: that of the first flow between the two nodes)." };
        var command = new Command("routes", "The k best routes between two nodes, with hours, USD, kg CO2 and km per tonne.")
        {
            scenario, from, to, k, by, json, commodity,
        };
        command.SetAction(parsed => QueryCommand.OnScenario(parsed.GetValue(scenario)!, console, model => Execute(
            model,
            new RoutesOptions(parsed.GetValue(from)!, parsed.GetValue(to)!, parsed.GetValue(k), Preset(parsed.GetValue(by)!), parsed.GetValue(json), parsed.GetValue(commodity)),
            console)));
        return command;
    }

    /// <summary>Finds and writes the routes; returns the exit code.</summary>
    public static int Execute(ScenarioModel model, RoutesOptions options, CliConsole console)
    {
        var answer = QueryCommand.Answer(console, () =>
        {
            var router = new CorridorRouter(model);
            var cargo = options.Commodity is { } c ? CargoProfile.ForCommodity(model, c) : router.CargoFor([options.From], [options.To]);
            return Tuple.Create(router.Routes(options.From, options.To, options.K, options.By, cargo), cargo);
        });
        if (answer is null)
        {
            return ExitCodes.UserMistake;
        }

        var (routes, cargo) = answer;
        if (options.Json)
        {
            console.Out.WriteLine(JsonSerializer.Serialize(routes.Select(ToJson), CliText.Json));
        }
        else
        {
            console.Out.WriteLine($"routes {options.From} → {options.To} by {Describe(options.By)} ({cargo.Commodity}, shipments of {Number(cargo.ShipmentTonnes, "0.###")} t)");
            WriteTables(routes, console.Out);
        }

        return ExitCodes.Success;
    }

    private static void WriteTables(IReadOnlyList<RouteReport> routes, TextWriter output)
    {
        var summary = new TextTable("rank>", "cost>", "hours>", "USD/t>", "kg CO2/t>", "km>", "route");
        foreach (var r in routes)
        {
            var path = string.Concat(r.Legs.Select(l => $" -{Mode(l.Mode)}-> {l.To}"));
            summary.Add(Number(r.Rank, "0"), Number(r.Cost, "0.00"), Number(r.Hours, "0.0"), Number(r.Usd, "0.00"), Number(r.Co2Kg, "0.0"), Number(r.Km, "0"), r.Nodes[0] + path);
        }

        summary.Write(output);
        foreach (var r in routes)
        {
            output.WriteLine();
            output.WriteLine($"route {r.Rank}");
            var steps = new TextTable("step", "mode", "what", "hours>", "USD/t>", "kg CO2/t>", "km>");
            for (int i = 0; i < r.Stops.Count; i++)
            {
                var stop = r.Stops[i];
                var stages = StageNames(stop.Stages);
                steps.Add(stop.Node, "", stages.Length == 0 ? "-" : string.Join('+', stages), Number(stop.Hours, "0.0"), Number(stop.Usd, "0.00"), "", "");
                if (i < r.Legs.Count)
                {
                    var leg = r.Legs[i];
                    var what = leg.WaitHours > 0 ? $"wait {Number(leg.WaitHours, "0.0")} h" : "-";
                    steps.Add(leg.Link, Mode(leg.Mode), what, Number(leg.Hours, "0.0"), Number(leg.Usd, "0.00"), Number(leg.Co2Kg, "0.0"), Number(leg.Km, "0"));
                }
            }

            steps.Write(output, "  ");
        }
    }

    private static object ToJson(RouteReport r) => new
    {
        r.Rank,
        r.Nodes,
        r.Links,
        r.Hours,
        r.Usd,
        r.Co2Kg,
        r.Km,
        r.Cost,
        Legs = r.Legs.Select(l => new { l.Link, l.From, l.To, Mode = Mode(l.Mode), l.Hours, l.WaitHours, l.Usd, l.Co2Kg, l.Km, l.Cost }),
        Stops = r.Stops.Select(s => new { s.Node, Stages = StageNames(s.Stages), s.Hours, s.Usd, s.Cost }),
    };
}
