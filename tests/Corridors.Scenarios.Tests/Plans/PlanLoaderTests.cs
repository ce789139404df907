using Corridors.Core.Model;
using Corridors.Scenarios.Plans;
using Corridors.Testing;

namespace Corridors.Scenarios.Tests.Plans;

public sealed class PlanLoaderTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("corridors-plan-");

    public PlanLoaderTests() =>
        File.Copy(Repository.File("tests", "Corridors.Scenarios.Tests", "Fixtures", "minimal.yaml"), Path.Combine(_directory.FullName, "minimal.yaml"));

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void Load_ValidPlan_GivesTheGridLastParameterFastest()
    {
        var plan = Load("""
            plan: growth
            base: minimal.yaml
            replications: 3
            sweep:
              scale_all_demand: [1, 2]
              nodes.west-port.berths.servers: [2, 3, 4]
            """).Plan!;

        var points = plan.Points();

        Assert.Equal(3, plan.Replications);
        Assert.Equal(Path.Combine(_directory.FullName, "minimal.yaml"), plan.BaseScenario);
        Assert.Equal(["growth-1", "growth-2", "growth-3", "growth-4", "growth-5", "growth-6"], points.Select(p => p.Name));
        Assert.Equal("scale_all_demand = 2; nodes.west-port.berths.servers = 3", points[4].Describe());
    }

    [Fact]
    public void ToYaml_NestsPathsAndQuotesText()
    {
        var point = new PlanPoint("p-1", [("scale_all_demand", "2"), ("nodes.west-port.berths.servers", "4"), ("nodes.west-port.berths.time", "'exp(mean: 6 h)'")]);

        Assert.Equal("""
            # made by a test
            extends: '/base/it''s.yaml'
            name: p-1
            description: 'scale_all_demand = 2; nodes.west-port.berths.servers = 4; nodes.west-port.berths.time = ''exp(mean: 6 h)'''
            scale_all_demand: 2
            nodes:
              west-port:
                berths:
                  servers: 4
                  time: 'exp(mean: 6 h)'

            """.Replace("\r\n", "\n", StringComparison.Ordinal), point.ToYaml("/base/it's.yaml", "made by a test"));
    }

    [Fact]
    public void Point_WrittenAndLoaded_IsTheBaseWithItsValues()
    {
        var plan = Load("""
            plan: berths
            base: minimal.yaml
            sweep:
              nodes.west-port.berths.servers: [5]
              scale_all_demand: [3]
            """).Plan!;
        var file = Path.Combine(_directory.FullName, "point.yaml");
        File.WriteAllText(file, plan.Points()[0].ToYaml(plan.BaseScenario, "test"));

        var result = ScenarioLoader.Load(file);

        Assert.Equal("", string.Join("\n", result.Diagnostics));
        var port = Assert.IsType<PortSpec>(result.Model!.Nodes.Single(n => n.Id == "west-port"));
        Assert.Equal(5, port.Berths.Servers);
        Assert.Equal(360_000, result.Model.Flows.Single(f => f.Id == "grain-east").VolumePerYear, 6);
        Assert.Equal("berths-1", result.Model.Name);
    }

    [Theory]
    [InlineData("plan: x\nbase: minimal.yaml\nsweeps:\n  a: [1]\n", "plan.yaml:1:1: error: the plan is missing 'sweep'; expected a mapping of parameter paths to lists of values\nplan.yaml:3:1: error: unknown key 'sweeps' — did you mean 'sweep'?; expected one of plan, description, base, replications, sweep, note")]
    [InlineData("plan: x\nbase: nowhere.yaml\nsweep:\n  a: [1]\n", "plan.yaml:2:7: error: cannot find base scenario 'nowhere.yaml'; expected a scenario file relative to the plan")]
    [InlineData("plan: X_1\nbase: minimal.yaml\nsweep:\n  a: [1]\n", "plan.yaml:1:7: error: plan name 'X_1' is not kebab-case; expected lower-case letters, digits and '-' (it names output folders)")]
    [InlineData("plan: x\nbase: minimal.yaml\nsweep:\n  a..b: [1]\n", "plan.yaml:4:3: error: 'a..b' is not a parameter path; expected keys joined by dots, such as nodes.olya.berths.servers")]
    [InlineData("plan: x\nbase: minimal.yaml\nsweep:\n  name: [a, b]\n", "plan.yaml:4:3: error: 'name' cannot be swept; expected a path into the scenario's values (every point has its own name and extends the base)")]
    [InlineData("plan: x\nbase: minimal.yaml\nsweep:\n  a: 3\n", "plan.yaml:4:6: error: sweep of a is a value; expected a non-empty list of values such as [1, 2, 4]")]
    [InlineData("plan: x\nbase: minimal.yaml\nsweep:\n  a: [1, {b: 2}]\n", "plan.yaml:4:10: error: a value of a is a mapping; expected a single value (a number, a quantity such as '12 kn', a distribution text)")]
    [InlineData("plan: x\nbase: minimal.yaml\nsweep:\n  a: [1]\n  a.b: [2]\n", "plan.yaml:5:3: error: 'a.b' lies inside 'a', which is also swept; expected paths that do not contain each other")]
    [InlineData("plan: x\nbase: minimal.yaml\nreplications: 0\nsweep:\n  a: [1]\n", "plan.yaml:3:15: error: replications is '0'; expected a whole number ≥ 1")]
    [InlineData("plan: x\nbase: minimal.yaml\n", "plan.yaml:1:1: error: the plan is missing 'sweep'; expected a mapping of parameter paths to lists of values")]
    public void Load_WithMistake_ReportsPositionAndWhatWasExpected(string text, string expected)
    {
        var result = Load(text);

        Assert.Null(result.Plan);
        Assert.Equal(expected, string.Join("\n", result.Diagnostics).Replace(_directory.FullName + Path.DirectorySeparatorChar, "", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_WithTooManyPoints_SaysHowMany()
    {
        var values = "[" + string.Join(", ", Enumerable.Range(1, 101)) + "]";
        var result = Load($"plan: x\nbase: minimal.yaml\nsweep:\n  a: {values}\n  b: {values}\n");

        Assert.Contains("error: the sweep has 10201 points; expected at most 10000", string.Join("\n", result.Diagnostics), StringComparison.Ordinal);
    }

    [Fact]
    public void IsPlan_TellsPlansFromScenarios()
    {
        Load("plan: x\nbase: minimal.yaml\nsweep:\n  a: [1]\n");

        Assert.True(PlanLoader.IsPlan(Path.Combine(_directory.FullName, "plan.yaml")));
        Assert.False(PlanLoader.IsPlan(Path.Combine(_directory.FullName, "minimal.yaml")));
        Assert.False(PlanLoader.IsPlan(Path.Combine(_directory.FullName, "missing.yaml")));
    }

    private PlanResult Load(string text)
    {
        var path = Path.Combine(_directory.FullName, "plan.yaml");
        File.WriteAllText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal));
        return PlanLoader.Load(path);
    }
}
