using Corridors.Cli.Tests.Support;

namespace Corridors.Cli.Tests.Commands;

/// <summary>Command lines that do not parse: plain words instead of .NET type names, close names suggested, exit code 2.</summary>
public sealed class ParseErrorTests
{
    [Theory]
    [InlineData("run s.yaml -n abc", "error: --replications is 'abc'; expected a whole number\nRun 'corridors run --help' for usage.\n")]
    [InlineData("run s.yaml --seed -1", "error: --seed is '-1'; expected a whole number ≥ 0\nRun 'corridors run --help' for usage.\n")]
    [InlineData("run s.yaml --series-step often", "error: --series-step is 'often'; expected a number such as 1 or 0.5\nRun 'corridors run --help' for usage.\n")]
    [InlineData("compare a.yaml b.yaml --parallel x", "error: --parallel is 'x'; expected a whole number\nRun 'corridors compare --help' for usage.\n")]
    [InlineData("run s.yaml --replicatons 3", "error: unknown option '--replicatons' for 'corridors run'; did you mean '--replications'?\nRun 'corridors run --help' for usage.\n")]
    [InlineData("run s.yaml --frob", "error: unknown option '--frob' for 'corridors run'; see 'corridors run --help'\nRun 'corridors run --help' for usage.\n")]
    [InlineData("rnu s.yaml", "error: unknown command 'corridors rnu'; did you mean 'corridors run'?\nRun 'corridors --help' for usage.\n")]
    [InlineData("bench rotuing", "error: unknown command 'corridors bench rotuing'; did you mean 'corridors bench routing'?\nRun 'corridors bench --help' for usage.\n")]
    [InlineData("run", "error: 'corridors run' needs SCENARIO (the scenario file (YAML))\nRun 'corridors run --help' for usage.\n")]
    [InlineData("run a.yaml b.yaml", "error: unexpected argument 'b.yaml' for 'corridors run'; see 'corridors run --help'\nRun 'corridors run --help' for usage.\n")]
    public void App_WithACommandLineThatDoesNotParse_SaysWhatIsWrongInWordsAndExitsTwo(string commandLine, string expected)
    {
        var (exit, output, error) = CliRun.App(commandLine.Split(' '));

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal(expected, error);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--replicatons", "--replications")]
    [InlineData("--paralel", "--parallel")]
    [InlineData("--ot", "--out")]
    [InlineData("--seeed", "--seed")]
    [InlineData("--verbosity", null)]
    [InlineData("--x", null)]
    public void Closest_SuggestsOnlyANameASlipAway(string typed, string? expected) =>
        Assert.Equal(expected, ParseErrors.Closest(typed, ["--replications", "--parallel", "--out", "--seed", "--verbose", "--precision"]));
}
