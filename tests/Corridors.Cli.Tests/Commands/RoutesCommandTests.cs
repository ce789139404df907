using Corridors.Cli.Commands;
using Corridors.Cli.Tests.Support;
using Corridors.Core.Model;
using Corridors.Core.Routing;

namespace Corridors.Cli.Tests.Commands;

public sealed class RoutesCommandTests
{
    [Fact]
    public void Execute_ByCost_PrintsTheRankedRoutesThenEachRouteStepByStep()
    {
        var (exit, output, error) = CliRun.Capture(c => RoutesCommand.Execute(CliModels.ModeChoice(), new RoutesOptions("a", "b", 5, RoutePreset.Cost), c));

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Equal(
            """
            routes a → b by cost (goods, shipments of 1 t)
            rank   cost  hours  USD/t  kg CO2/t   km  route
               1  35.00   46.0  35.00      50.0  500  a -road-> p -sea-> b
               2  60.00   10.0  60.00     150.0  600  a -road-> p -road-> b

            route 1
              step     mode  what         hours  USD/t  kg CO2/t   km
              a              -              0.0   0.00
              a-p      road  -              2.0  10.00      25.0  100
              p              handling       2.0   5.00
              p-b-sea  sea   wait 12.0 h   42.0  20.00      25.0  400
              b              -              0.0   0.00

            route 2
              step      mode  what  hours  USD/t  kg CO2/t   km
              a               -       0.0   0.00
              a-p       road  -       2.0  10.00      25.0  100
              p               -       0.0   0.00
              p-b-road  road  -       8.0  50.00     125.0  500
              b               -       0.0   0.00

            """,
            output);
    }

    [Fact]
    public void Execute_WithACommodity_PricesThatCommodity()
    {
        var (exit, output, _) = CliRun.Capture(c => RoutesCommand.Execute(CliModels.ModeChoice(), new RoutesOptions("a", "b", 1, RoutePreset.Cost, Commodity: "goods"), c));

        Assert.Equal(0, exit);
        Assert.StartsWith("routes a → b by cost (goods, shipments of 1 t)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_WithAnUnknownCommodity_SuggestsTheClosestAndExitsTwo()
    {
        var (exit, output, error) = CliRun.Capture(c => RoutesCommand.Execute(CliModels.ModeChoice(), new RoutesOptions("a", "b", Commodity: "good"), c));

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal("error: unknown commodity 'good'; did you mean 'goods'?\n", error);
    }

    [Fact]
    public void Execute_WithoutAPreset_RanksByTheScenariosWeights()
    {
        // The model's weights count hours only: the 10-h road beats the 46-h sea route.
        var (exit, output, _) = CliRun.Capture(c => RoutesCommand.Execute(CliModels.ModeChoice(), new RoutesOptions("a", "b", 1), c));

        Assert.Equal(0, exit);
        Assert.StartsWith(
            """
            routes a → b by the scenario's generalized cost (goods, shipments of 1 t)
            rank   cost  hours  USD/t  kg CO2/t   km  route
               1  10.00   10.0  60.00     150.0  600  a -road-> p -road-> b
            """,
            output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_WithJson_WritesAnArrayOfRoutesWithTotalsLegsAndStops()
    {
        var (exit, output, _) = CliRun.Capture(c => RoutesCommand.Execute(CliModels.ModeChoice(), new RoutesOptions("a", "p", 5, RoutePreset.Time, Json: true), c));

        Assert.Equal(0, exit);
        Assert.Equal(
            """
            [
              {
                "rank": 1,
                "nodes": [
                  "a",
                  "p"
                ],
                "links": [
                  "a-p"
                ],
                "hours": 4,
                "usd": 10,
                "co2Kg": 25,
                "km": 100,
                "cost": 4,
                "legs": [
                  {
                    "link": "a-p",
                    "from": "a",
                    "to": "p",
                    "mode": "road",
                    "hours": 2,
                    "waitHours": 0,
                    "usd": 10,
                    "co2Kg": 25,
                    "km": 100,
                    "cost": 2
                  }
                ],
                "stops": [
                  {
                    "node": "a",
                    "stages": [],
                    "hours": 0,
                    "usd": 0,
                    "cost": 0
                  },
                  {
                    "node": "p",
                    "stages": [
                      "handling"
                    ],
                    "hours": 2,
                    "usd": 0,
                    "cost": 2
                  }
                ]
              }
            ]

            """,
            output);
    }

    [Theory]
    [InlineData("aktua", "b", "error: unknown node 'aktua'\n")]
    [InlineData("aa", "b", "error: unknown node 'aa'; did you mean 'a'?\n")]
    [InlineData("a-p", "b", "error: 'a-p' is a link, not a node; routes and capacities run between node ids\n")]
    [InlineData("b", "a", "error: no open route from 'b' to 'a'\n")]
    [InlineData("a", "a", "error: 'a' is both the start and the end; a route needs two different nodes\n")]
    public void Execute_WithAnUnanswerableQuery_SaysWhyOnStandardErrorAndExitsTwo(string from, string to, string message)
    {
        var (exit, output, error) = CliRun.Capture(c => RoutesCommand.Execute(CliModels.ModeChoice(), new RoutesOptions(from, to), c));

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal(message, error);
    }

    [Fact]
    public void Execute_WithAnInvalidModel_ListsItsProblemsAndExitsTwo()
    {
        var model = CliModels.ModeChoice() with { Routing = new RoutingSpec(new CostWeights(0, 0, 0), 0, 1) };

        var (exit, _, error) = CliRun.Capture(c => RoutesCommand.Execute(model, new RoutesOptions("a", "b"), c));

        Assert.Equal(2, exit);
        Assert.StartsWith("error: the model has 2 problem(s):", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--by", "fastest", "fastest")]
    [InlineData("--k", "0", "--k must be at least 1.")]
    public void Run_WithABadOption_RejectsItBeforeLoadingTheScenario(string option, string value, string message)
    {
        var (exit, _, error) = CliRun.App("routes", "scenario.yaml", "--from", "a", "--to", "b", option, value);

        Assert.NotEqual(0, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("cannot be loaded", error, StringComparison.Ordinal);
    }
}
