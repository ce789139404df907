using Corridors.Testing;

namespace Corridors.Cli.Tests.Commands;

/// <summary>`validate` on batch plans, and `validate` refusing what `run` refuses, in the same words.</summary>
public sealed class ValidatePlanTests : IDisposable
{
    private const string Tiny = ValidateCommandTests.Valid;

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("corridors-cli-plan-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Validate_TheRepositorysPlan_ChecksEveryPointAndSaysValid()
    {
        var plan = Repository.File("scenarios", "plans", "olya-berths-under-growth.yaml");
        var (code, output, error) = Run("validate", plan);
        Assert.Equal((0, $"{plan}: valid plan of 9 points (0 warnings)\n", ""), (code, output, error));
    }

    [Fact]
    public void Validate_PlanWithABadValue_NamesThePointAndItsValues()
    {
        Write("tiny.yaml", Tiny);
        var plan = Write("plan.yaml", "plan: speeds\nbase: tiny.yaml\nsweep:\n  links.a-b.speed: [40 km/h, -5 km/h]\n");
        var (code, output, error) = Run("validate", plan);
        Assert.Equal(1, code);
        Assert.Equal($"{plan}: point speeds-2 (links.a-b.speed = -5 km/h): error: links.a-b.speed is -5 km/h; expected a finite number > 0\n", error);
        Assert.Equal($"{plan}: invalid plan (1 error, 0 warnings)\n", output);
    }

    [Fact]
    public void Validate_PlanWithAMistakeOfItsOwn_ReportsItAtItsPosition()
    {
        Write("tiny.yaml", Tiny);
        var plan = Write("plan.yaml", "plan: speeds\nbase: tiny.yaml\nsweep:\n  links.a-b.speed: [40 km/h]\nreplicatons: 3\n");
        var (code, _, error) = Run("validate", plan);
        Assert.Equal(1, code);
        Assert.Equal($"{plan}:5:1: error: unknown key 'replicatons' — did you mean 'replications'?; expected one of plan, description, base, replications, sweep, note\n", error);
    }

    [Fact]
    public void ValidateAndRun_FlowWithNoOpenRoute_BothRefuseItWithTheSameLine()
    {
        var file = Write("closed.yaml", Tiny.Replace("speed: 40 km/h }", "speed: 40 km/h, open: false }", StringComparison.Ordinal));
        var line = $"{file}:10:3: error: demand.a-b-grain has no open route from 'a' to 'b' (links closed at the start, or a change of mode or gauge where the node does not allow it); expected a route its shipments can take\n";

        var validate = Run("validate", file);
        var run = Run("run", file);

        Assert.Equal((1, line), (validate.Code, validate.Error));
        Assert.Equal((2, line), (run.Code, run.Error));
    }

    private static (int Code, string Output, string Error) Run(params string[] args) => ValidateCommandTests.Run(args);

    private string Write(string name, string text)
    {
        var file = Path.Combine(_dir.FullName, name);
        File.WriteAllText(file, text);
        return file;
    }
}
