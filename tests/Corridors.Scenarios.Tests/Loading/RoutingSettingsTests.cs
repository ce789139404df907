using Corridors.Core.Model;
using Corridors.Testing;

namespace Corridors.Scenarios.Tests.Loading;

/// <summary>The dynamic-choice settings of <c>routing</c> (ADR 0008): read as written, defaults as documented.</summary>
public sealed class RoutingSettingsTests
{
    private static ScenarioModel Load(string fixture) =>
        ScenarioLoader.Load(Repository.File("tests", "Corridors.Scenarios.Tests", "Fixtures", fixture)).Model!;

    [Fact]
    public void Load_RoutingWithoutChoiceSettings_IsDynamicWithReroutingAllClosuresKnownAndCongestionAtFullWeight()
    {
        var routing = Load("minimal.yaml").Routing;

        Assert.Equal(
            (RouteChoice.Dynamic, true, double.PositiveInfinity, 1.0),
            (routing.Choice, routing.Rerouting, routing.ClosureLookaheadHours, routing.CongestionWeight));
    }

    [Fact]
    public void Load_ChoiceSettings_AreReadWithUnitsConverted()
    {
        var routing = Load("dynamic-choice.yaml").Routing;

        Assert.Equal((RouteChoice.Static, false, 14 * 24.0, 0.5), (routing.Choice, routing.Rerouting, routing.ClosureLookaheadHours, routing.CongestionWeight));
        Assert.Equal(new CostWeights(1, 1, 0), routing.Weights);
    }
}
