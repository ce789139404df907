using Corridors.Cli.Commands;
using Corridors.Core.Model;
using Corridors.Testing;

namespace Corridors.Cli.Tests.Commands;

public sealed class BatchCommandTests : IDisposable
{
    private static readonly string[] Outputs = ["summary.json", "replications.csv", "nodes.csv", "links.csv", "flows.csv"];
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("corridors-batch-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void Execute_TwoScenarios_WritesEachRunAndOneCombinedTable()
    {
        var output = Folder("out");

        var (exit, text) = Batch(output, 4, ("north", Rich(3000)), ("south", Rich(2500)));

        Assert.Equal(0, exit);
        Assert.StartsWith($"batch: 2 of 2 scenarios done; combined figures in {Path.Combine(output, "batch.csv")}", text, StringComparison.Ordinal);
        var rows = File.ReadAllLines(Path.Combine(output, "batch.csv"));
        Assert.Equal("scenario,scope,id,measure,n,mean,sd,half_width,ci_low,ci_high,p05,p50,p95,min,max", rows[0]);
        Assert.Contains(rows, r => r.StartsWith("north,corridor,lotos->urumqi:goods,tonnes_per_year,4,", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("south,node,olya,utilization,4,", StringComparison.Ordinal));
        Assert.All(Outputs, f => Assert.True(File.Exists(Path.Combine(output, "south", f)), f));
    }

    [Fact]
    public void Execute_AfterAnInterruptedBatch_FinishesWithTheSameBytesAsAnUninterruptedOne()
    {
        var clean = Folder("clean");
        var resumed = Folder("resumed");
        Batch(clean, 6, ("north", Rich(3000)));

        // The first attempt got through three replications; the second must run only 3, 4 and 5.
        Batch(resumed, 3, ("north", Rich(3000)));
        var kept = File.GetLastWriteTimeUtc(Path.Combine(resumed, "north", "replications", "replication-00001.json"));
        Batch(resumed, 6, ("north", Rich(3000)));

        Assert.Equal(kept, File.GetLastWriteTimeUtc(Path.Combine(resumed, "north", "replications", "replication-00001.json")));
        foreach (var file in Outputs)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(clean, "north", file)), File.ReadAllBytes(Path.Combine(resumed, "north", file)));
        }

        Assert.Equal(File.ReadAllBytes(Path.Combine(clean, "batch.csv")), File.ReadAllBytes(Path.Combine(resumed, "batch.csv")));
    }

    [Fact]
    public void Execute_WithAFailingScenario_ReportsItAndFinishesTheOthers()
    {
        var output = Folder("out");
        var broken = Rich(3000) with { Flows = [new FlowSpec { Id = "nowhere", Origin = "urumqi", Destination = "lotos", Commodity = "goods", VolumePerYear = 10, ShipmentSize = new Kernel.Distributions.ConstantDistribution(1) }] };

        var (exit, text) = Batch(output, 2, ("broken", broken), ("fine", Rich(3000)));

        Assert.Equal(1, exit);
        Assert.Contains("batch: 1 of 2 scenarios done", text, StringComparison.Ordinal);
        Assert.Contains("failed: broken: flow 'nowhere' has no open route from 'urumqi' to 'lotos'", text, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "fine", "summary.json")));
    }

    [Fact]
    public void Run_WithAPlan_RunsEveryPointAndSaysWhatEachOneIs()
    {
        File.Copy(Repository.File("tests", "Corridors.Scenarios.Tests", "Fixtures", "minimal.yaml"), Path.Combine(_directory.FullName, "minimal.yaml"));
        var plan = Path.Combine(_directory.FullName, "plan.yaml");
        File.WriteAllText(plan, "plan: ports\nbase: minimal.yaml\nreplications: 2\nsweep:\n  nodes.west-port.berths.servers: [1, 4]\n");
        var output = Folder("out");
        var text = new StringWriter();

        var exit = CorridorsApp.Run(["batch", plan, "--out", output, "-p", "2"], new CliConsole(text, new StringWriter(), false));

        Assert.Equal(0, exit);
        Assert.StartsWith("batch: 2 of 2 scenarios done", text.ToString(), StringComparison.Ordinal);
        Assert.Equal(
            ["point,path,value", "ports-1,nodes.west-port.berths.servers,\"1\"", "ports-2,nodes.west-port.berths.servers,\"4\""],
            File.ReadAllLines(Path.Combine(output, "plan-ports.csv")));
        Assert.Contains(File.ReadAllLines(Path.Combine(output, "batch.csv")), l => l.StartsWith("ports-2,node,west-port,utilization,2,", StringComparison.Ordinal));
        Assert.StartsWith("# point 1 of 2 of plan ports", File.ReadAllText(Path.Combine(output, "points", "ports-1.yaml")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { 0, 1, 2, 5, 6, 9 }, "0+3 5+2 9+1")]
    [InlineData(new int[0], "")]
    public void Contiguous_SplitsIntoRuns(int[] numbers, string expected) =>
        Assert.Equal(expected, string.Join(' ', BatchInputs.Contiguous(numbers).Select(r => $"{r.First}+{r.Count}")));

    [Fact]
    public void UniqueNames_RepeatedFileNames_GetSuffixes() =>
        Assert.Equal(["base", "base-2", "alt"], BatchInputs.UniqueNames(["a/base.yaml", "b/base.yaml", "alt.yaml"]));

    private static ScenarioModel Rich(double horizon) => RichNetwork.Build(horizon: horizon).Build();

    private (int Exit, string Output) Batch(string output, int replications, params (string Name, ScenarioModel Model)[] scenarios)
    {
        var inputs = scenarios.Select(s =>
        {
            // A file per scenario, so fingerprints see its content as they would a real scenario file.
            var path = Path.Combine(_directory.FullName, s.Name + ".yaml");
            File.WriteAllText(path, $"# {s.Name} {s.Model.Experiment.HorizonHours}\n");
            return new BatchEntry(path, () => new LoadedScenario(s.Model, [path]));
        }).ToList();
        var text = new StringWriter();
        var exit = BatchCommand.Execute(inputs, new BatchSettings(replications, null, 2, output, ["batch"]), new CliConsole(text, new StringWriter(), false));
        return (exit, text.ToString());
    }

    private string Folder(string name) => Path.Combine(_directory.FullName, name);
}
