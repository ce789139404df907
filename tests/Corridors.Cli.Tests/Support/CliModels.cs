using Corridors.Core.Model;
using Corridors.Kernel.Distributions;

namespace Corridors.Cli.Tests.Support;

/// <summary>Scenario models built in code for command tests (the scenario loader is not part of these tests).</summary>
internal static class CliModels
{
    private static readonly TransportMode[] All = Enum.GetValues<TransportMode>();

    /// <summary>
    /// a (city) --road 2 h, 10 $/t, 100 km, 25 kg, 1,000 t/yr--> p (port: berth 2 h, 5 $/t to change mode, optional limit)
    /// then to b (city) either --road 8 h, 50 $/t, 500 km, 125 kg, 400 t/yr--> or --sea 30 h + 12 h wait (ferry every 24 h),
    /// 20 $/t, 400 km, 25 kg, 300 t/yr-->. By cost: sea 35 $/t (46 h), road 60 $/t (10 h).
    /// </summary>
    public static ScenarioModel ModeChoice(double? portTonnesPerYear = null) => Model(
        [
            City("a"),
            new PortSpec
            {
                Id = "p", Name = "p", Location = default, Modes = All, Berths = new ServiceSpec(1, new ConstantDistribution(2)),
                TransshipmentUsdPerTonne = 5, CapacityTonnesPerYear = portTonnesPerYear,
            },
            City("b"),
        ],
        [
            Link("a-p", "a", "p", TransportMode.Road, 2, 100, 10, 0.25, 1000),
            Link("p-b-road", "p", "b", TransportMode.Road, 8, 500, 50, 0.25, 400),
            Link("p-b-sea", "p", "b", TransportMode.Sea, 30, 400, 20, 0.0625, 300) with
            {
                Carrier = new CarrierSpec(CarrierKind.Ferry, 100, CargoUnit.Tonne, new TimetableDeparture(24)),
            },
        ]);

    /// <summary>Like <see cref="ModeChoice"/> with one more city, x, that nothing reaches, and no capacities on the road past p.</summary>
    public static ScenarioModel Unbounded() => Model(
        [City("a"), City("p"), City("b"), City("x")],
        [Link("a-p", "a", "p", TransportMode.Road, 1, 1, 1, 0, null), Link("p-b", "p", "b", TransportMode.Road, 1, 1, 1, 0, null)]);

    private static ScenarioModel Model(NodeSpec[] nodes, LinkSpec[] links) => new()
    {
        Name = "cli",
        Experiment = new ExperimentSpec(100, 0, 1, 1, new DateOnly(2024, 1, 1)),
        Commodities = [new Commodity("goods", CargoUnit.Tonne, 10, 1000)],
        Nodes = nodes,
        Links = links,
        Flows = [],
        Routing = new RoutingSpec(new CostWeights(1, 0, 0), 3, double.PositiveInfinity),
    };

    private static CitySpec City(string id) => new() { Id = id, Name = id, Location = default, Modes = All };

    private static LinkSpec Link(string id, string from, string to, TransportMode mode, double hours, double km, double usd, double co2, double? tonnesPerYear) => new()
    {
        Id = id,
        From = from,
        To = to,
        Mode = mode,
        DistanceKm = km,
        SpeedKmh = km / hours,
        Cost = new LinkCost(UsdPerTonne: usd),
        Co2KgPerTonneKm = co2,
        CapacityTonnesPerYear = tonnesPerYear,
    };
}
