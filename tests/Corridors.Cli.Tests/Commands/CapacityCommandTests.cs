using Corridors.Cli.Commands;
using Corridors.Cli.Tests.Support;
using Corridors.Core.Routing;
using Corridors.Testing;

namespace Corridors.Cli.Tests.Commands;

public sealed class CapacityCommandTests
{
    [Fact]
    public void Execute_WithoutNodeLimits_PrintsTheMaximumAndTheBindingLinks()
    {
        // 1,000 t/yr reach p; 400 + 300 leave it.
        var (exit, output, error) = CliRun.Capture(c => CapacityCommand.Execute(CliModels.ModeChoice(), new CapacityOptions(["a"], ["b"]), c));

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Equal(
            """
            capacity a → b: 700 t/yr
            binding (minimum cut):
              kind  id        t/yr
              link  p-b-road   400
              link  p-b-sea    300

            """,
            output);
    }

    [Fact]
    public void Execute_WithADemand_AlsoPrintsTheCheapestAssignmentAndWhatIsUnmet()
    {
        // p handles at most 600 t/yr: 300 by sea at 35 $/t, 300 by road at 60 $/t, 200 unmet.
        var (exit, output, _) = CliRun.Capture(c =>
            CapacityCommand.Execute(CliModels.ModeChoice(portTonnesPerYear: 600), new CapacityOptions(["a"], ["b"], 800, RoutePreset.Cost), c));

        Assert.Equal(0, exit);
        Assert.Equal(
            """
            capacity a → b: 600 t/yr
            binding (minimum cut):
              kind  id  t/yr
              node  p    600

            cheapest assignment of 800 t/yr by cost: 600 delivered, 200 unmet, cost 28,500.00 per year
              link      t/yr
              a-p        600
              p-b-road   300
              p-b-sea    300

            """,
            output);
    }

    [Fact]
    public void Execute_WithJson_WritesTheMaximumAndTheCutLinkIds()
    {
        var (exit, output, _) = CliRun.Capture(c => CapacityCommand.Execute(CliModels.ModeChoice(), new CapacityOptions(["a"], ["b"], Json: true), c));

        Assert.Equal(0, exit);
        Assert.Equal(
            """
            {
              "from": [
                "a"
              ],
              "to": [
                "b"
              ],
              "maxTonnesPerYear": 700,
              "cut": [
                "p-b-road",
                "p-b-sea"
              ],
              "cutNodes": [],
              "binding": [
                {
                  "kind": "link",
                  "id": "p-b-road",
                  "tonnesPerYear": 400
                },
                {
                  "kind": "link",
                  "id": "p-b-sea",
                  "tonnesPerYear": 300
                }
              ]
            }

            """,
            output);
    }

    [Fact]
    public void Execute_WithJsonAndADemand_IncludesTheAssignment()
    {
        var (_, output, _) = CliRun.Capture(c =>
            CapacityCommand.Execute(CliModels.ModeChoice(portTonnesPerYear: 600), new CapacityOptions(["a"], ["b"], 100, RoutePreset.Cost, Json: true), c));

        Assert.Contains(
            """
              "assignment": {
                "demandTonnesPerYear": 100,
                "deliveredTonnesPerYear": 100,
                "unmetTonnesPerYear": 0,
                "costPerYear": 3500,
                "links": [
                  {
                    "link": "a-p",
                    "tonnesPerYear": 100
                  },
                  {
                    "link": "p-b-sea",
                    "tonnesPerYear": 100
                  }
                ]
              }
            """.ReplaceLineEndings("\n"),
            output,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "a" }, new[] { "b" }, "error: unbounded: no capacity is stated on any link or node of the route a → p → b; state a capacity (t/yr or TEU/yr) on one of them\n")]
    [InlineData(new[] { "a" }, new[] { "x" }, "error: no open route from 'a' to 'x'\n")]
    [InlineData(new[] { "a", "p" }, new[] { "p" }, "error: 'p' is both a start and an end; the two node sets must not overlap\n")]
    [InlineData(new[] { "a" }, new[] { "bb" }, "error: unknown node 'bb'; did you mean 'b'?\n")]
    public void Execute_WithAnUnanswerableQuery_SaysWhyOnStandardErrorAndExitsTwo(string[] from, string[] to, string message)
    {
        var (exit, output, error) = CliRun.Capture(c => CapacityCommand.Execute(CliModels.Unbounded(), new CapacityOptions(from, to), c));

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal(message, error);
    }

    // The library's data and the engine in step (docs/validation.md, "Corridor capacities"): the
    // Kazakhstan–China crossings' 28 Mt/yr split between Dostyk and Altynkol, and the Middle Corridor's
    // three Caspian lines (two derived from fleets, one sourced in TEU) plus the land bridge by Olya.
    [Theory]
    [InlineData(
        "astana,pavlodar,almaty",
        "urumqi",
        """
        capacity astana, pavlodar, almaty → urumqi: 28,000,000 t/yr
        binding (minimum cut):
          kind  id                       t/yr
          node  dostyk-alashankou  17,800,000
          node  altynkol-khorgos   10,200,000

        """)]
    [InlineData(
        "aktau,kuryk",
        "alat",
        """
        capacity aktau, kuryk → alat: 10,546,000 t/yr
        binding (minimum cut):
          kind  id                      t/yr
          link  aktau-alat         1,390,000
          link  aktau-alat-feeder  1,246,000
          link  kuryk-alat         3,410,000
          node  olya               4,500,000

        """)]
    public void Run_OnTheCaspianBaseline_GivesTheCorridorsMaximumAndCut(string from, string to, string expected)
    {
        var baseline = Repository.File("scenarios", "caspian-baseline.yaml");

        var (exit, output, error) = CliRun.App("capacity", baseline, "--from", from, "--to", to);

        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Assert.Equal(expected.ReplaceLineEndings("\n"), output);
    }

    [Fact]
    public void Run_WithANegativeDemand_RejectsTheOption()
    {
        var (exit, _, error) = CliRun.App("capacity", "scenario.yaml", "--from", "a", "--to", "b", "--demand", "-5");

        Assert.NotEqual(0, exit);
        Assert.Contains("--demand must be a finite number of t/yr ≥ 0.", error, StringComparison.Ordinal);
    }
}
