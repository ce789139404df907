using Corridors.Cli.Tests.Support;
using Corridors.Testing;

namespace Corridors.Cli.Tests.Commands;

/// <summary>
/// `bench cluster --startup` runs `corridors run` and `bench run-without-silo` as child processes and prints its
/// lines; what it times is not asserted (timing belongs to the benchmark), what both processes wrote is.
/// </summary>
public sealed class BenchClusterStartupTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("corridors-startup-test-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void One_round_on_a_short_scenario_prints_both_sides_their_phases_the_same_bytes_and_what_the_silo_adds()
    {
        var scenario = Path.Combine(_directory.FullName, "short-baseline.yaml");
        File.WriteAllText(scenario, $"extends: {Repository.File("scenarios", "caspian-baseline.yaml")}\nname: short-baseline\n"
            + "experiment:\n  horizon: 20 d\n  warmup: 5 d\n  replications: 2\n");

        var (exit, output, error) = CliRun.App("bench", "cluster", "--startup", "--rounds", "1", "--scenario", scenario);

        Assert.Equal((0, ""), (exit, error));
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(8, lines.Length);
        Assert.StartsWith($"startup: `corridors run {scenario} --out DIR` (embedded silo) against `bench run-without-silo`", lines[0], StringComparison.Ordinal);

        // Round 1 runs the real run first; its phases include the silo's, the other side's do not.
        Assert.Matches(@"^round 1, run: [\d.]+ s wall, [\d.]+ s CPU; loaded [\d.]+, compiled [\d.]+, silo-ready [\d.]+, first-progress [\d.]+, all-done [\d.]+, written [\d.]+$", lines[1]);
        Assert.Matches(@"^round 1, without-silo: [\d.]+ s wall, [\d.]+ s CPU; loaded [\d.]+, compiled [\d.]+, first-progress [\d.]+, all-done [\d.]+, written [\d.]+$", lines[2]);
        Assert.Equal("round 1, outputs: the same bytes (8 files: flows.csv links.csv nodes.csv replications.csv reroutes.csv routes.csv summary.json timeseries.csv)", lines[3]);
        Assert.StartsWith("run-s: wall ", lines[4], StringComparison.Ordinal);
        Assert.StartsWith("without-silo-s: wall ", lines[5], StringComparison.Ordinal);
        Assert.Equal("outputs: summary.json and every CSV file the same bytes in every round: both did the same work", lines[6]);
        Assert.Matches(@"^silo-adds: -?[\d.]+ s wall \(median\), -?[\d.]+ s CPU \(median\); by round: wall -?[\d.]+, CPU -?[\d.]+$", lines[7]);
    }

    [Theory]
    [InlineData("--scaling", "error: --startup and --scaling both given; expected one of them\n")]
    [InlineData("--rounds=0", "error: --replications, --rounds and --warmup must be ≥ 1\n")]
    public void Bad_arguments_are_one_line(string option, string message)
    {
        var (exit, output, error) = CliRun.App("bench", "cluster", "--startup", option);

        Assert.Equal((2, "", message), (exit, output, error));
    }
}
