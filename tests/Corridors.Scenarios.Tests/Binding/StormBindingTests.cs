using Corridors.Core.Model;
using Corridors.Scenarios.Tests.Support;
using Corridors.Testing;

namespace Corridors.Scenarios.Tests.Binding;

public sealed class StormBindingTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("    shared: true\n", true)]
    [InlineData("    shared: false\n", false)]
    [InlineData("", false)]
    public void Load_StormsWithOrWithoutShared_BindsOneWeatherOnlyWhenAskedFor(string line, bool shared)
    {
        _dir.Write("base.yaml", File.ReadAllText(Repository.File("tests", "Corridors.Scenarios.Tests", "Fixtures", "minimal.yaml")));
        var path = _dir.Write("storms.yaml", $"""
            extends: base.yaml
            disruptions:
              gales:
                kind: storms
                targets: [east-port]
                interval: "exp(mean: 10 d)"
                duration: "exp(mean: 2 d)"

            """ + line);

        var result = ScenarioLoader.Load(path);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(shared, Assert.IsType<StormProcess>(result.Model!.Disruptions.Single(d => d.Id == "gales")).Shared);
    }
}
