using Corridors.Core.Model;
using Corridors.Kernel.Distributions;
using Corridors.Scenarios.Tests.Support;
using Corridors.Testing;

namespace Corridors.Scenarios.Tests.Loading;

/// <summary>What the minimal fixture becomes: units converted, defaults applied, two-way links doubled.</summary>
public sealed class ModelBindingTests
{
    private static readonly ScenarioModel Model =
        ScenarioLoader.Load(Repository.File("tests", "Corridors.Scenarios.Tests", "Fixtures", "minimal.yaml")).Model!;

    [Fact]
    public void Load_Experiment_ConvertsDaysToHours()
    {
        Assert.Equal(new ExperimentSpec(1440, 120, 2, 42, new DateOnly(2024, 1, 1)), Model.Experiment);
    }

    [Fact]
    public void Load_TwoWayLink_BecomesTwoDirectedLinksWithTheSameParameters()
    {
        var ferry = Model.Links.Single(l => l.Id == "ferry");
        var back = Model.Links.Single(l => l.Id == "ferry.back");
        Assert.Equal(("west-port", "east-port"), (ferry.From, ferry.To));
        Assert.Equal(("east-port", "west-port"), (back.From, back.To));
        Assert.Equal(ferry with { Id = back.Id, From = back.From, To = back.To }, back);
        Assert.Equal(6, Model.Links.Count);
    }

    [Fact]
    public void Load_DerivedDistance_IsGreatCircleTimesDetour()
    {
        var expected = new GeoPoint(40.0, 49.5).DistanceKmTo(new GeoPoint(43.6, 51.2)) * 1.15;
        Assert.Equal(expected, Model.Links.Single(l => l.Id == "ferry").DistanceKm, 9);
    }

    [Fact]
    public void Load_FerryLink_ConvertsKnotsAndReadsCarrier()
    {
        var ferry = Model.Links.Single(l => l.Id == "ferry");
        Assert.Equal(14 * 1.852, ferry.SpeedKmh, 9);
        Assert.Equal(new CarrierSpec(CarrierKind.Ferry, 3000, CargoUnit.Tonne, new WhenFullDeparture(72)), ferry.Carrier);
        Assert.Equal(new LinkCost(UsdPerTonne: 20), ferry.Cost);
        Assert.Equal(0.05, ferry.Co2KgPerTonneKm);
        Assert.True(ferry.Open);
    }

    [Fact]
    public void Load_Nodes_TakeKindDefaultsAndStages()
    {
        var west = Assert.IsType<PortSpec>(Model.Nodes.Single(n => n.Id == "west-port"));
        Assert.Equal(new ServiceSpec(2, null, 200), west.Berths);
        Assert.Equal("West port", west.Name);
        Assert.Equal(NodeModes.Default(NodeKind.Port), west.Modes);
        var zone = Assert.IsType<EconomicZoneSpec>(Model.Nodes.Single(n => n.Id == "east-zone"));
        Assert.Equal("east-zone", zone.Name);
        Assert.Null(zone.ProcessingDwellHours);
    }

    [Fact]
    public void Load_NodeCapacity_ConvertsAnnualTonnageOnAnyKindAndIsUnconstrainedWhenNotGiven()
    {
        using var dir = new TempDir();
        var minimal = Repository.File("tests", "Corridors.Scenarios.Tests", "Fixtures", "minimal.yaml");
        var child = dir.Write("child.yaml", $$"""
            extends: {{minimal}}
            nodes:
              west-port: { capacity: 4.5 Mt/yr }
              east-zone: { capacity: 650 kt/yr }
            """);

        var nodes = ScenarioLoader.Load(child).Model!.Nodes.ToDictionary(n => n.Id, n => n.CapacityTonnesPerYear);

        Assert.Equal(4_500_000, nodes["west-port"]);
        Assert.Equal(650_000, nodes["east-zone"]);
        Assert.Null(nodes["east-port"]);
        Assert.All(Model.Nodes, n => Assert.Null(n.CapacityTonnesPerYear));
    }

    [Fact]
    public void Load_Flows_KeepCommodityUnits()
    {
        var boxes = Model.Flows.Single(f => f.Id == "boxes-west");
        Assert.Equal(4500, boxes.VolumePerYear);
        Assert.Equal(new ConstantDistribution(2), boxes.ShipmentSize);
        Assert.Equal(ArrivalProcess.Poisson, boxes.Arrival);
        Assert.Equal(new Commodity("boxes", CargoUnit.Teu, 14, 30000), Model.Commodities.Single(c => c.Id == "boxes"));
    }

    [Fact]
    public void Load_SeasonalDisruption_ReadsMonthDays()
    {
        var ice = Assert.IsType<SeasonalClosure>(Assert.Single(Model.Disruptions));
        Assert.Equal((new MonthDay(12, 13), new MonthDay(3, 5), 0.5), (ice.From, ice.To, ice.CapacityFactor));
        Assert.Equal(["east-port"], ice.Targets);
    }

    [Fact]
    public void Load_Routing_ReadsWeightsAndLogit()
    {
        Assert.Equal(new RoutingSpec(new CostWeights(1, 1, 0), 2, 0.1), Model.Routing);
    }
}
