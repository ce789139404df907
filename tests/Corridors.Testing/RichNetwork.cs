using Corridors.Core.Model;
using Corridors.Kernel.Distributions;

namespace Corridors.Testing;

/// <summary>
/// A network with every node kind, carriers of both policies, a gauge change, consolidation,
/// storage limits and disruptions: the common fixture for conservation, Little's law and determinism.
/// </summary>
public static class RichNetwork
{
    private static readonly TransportMode[] All = Enum.GetValues<TransportMode>();

    public static TestModel Build(double horizon = 4000, double warmup = 200, ulong seed = 7, double portBerthHours = 1.2)
    {
        var model = new TestModel { Horizon = horizon, Warmup = warmup, Seed = seed }
            .Zone("lotos", new GammaDistribution(6, 0.5))
            .Port("olya", 2, new ExponentialDistribution(portBerthHours), storageTonnes: 12)
            .Port("aktau", 2, new LogNormalDistribution(1.5, 1.0))
            .Hub("dry-port", 2, new TriangularDistribution(0.5, 1, 2))
            .Add(new BorderCrossingSpec
            {
                Id = "dostyk",
                Name = "dostyk",
                Location = default,
                Modes = All,
                Clearance = new Dictionary<TransportMode, ServiceSpec> { [TransportMode.Rail] = new(2, new ExponentialDistribution(1.5)) },
                GaugeChange = new ServiceSpec(1, new ConstantDistribution(0.8)),
            })
            .Add(new BorderTradeCenterSpec
            {
                Id = "btc",
                Name = "btc",
                Location = default,
                Modes = All,
                Customs = new ServiceSpec(1, new GammaDistribution(2, 0.3)),
                Consolidation = new ConsolidationSpec(3, 8),
                DwellHours = new UniformDistribution(1, 3),
            })
            .City("atyrau").City("urumqi").City("baku")
            .Link("lotos", "olya", TransportMode.Road, km: 100)
            .Link("olya", "aktau", TransportMode.Sea, km: 400, carrier: new CarrierSpec(CarrierKind.Vessel, 6, CargoUnit.Tonne, new WhenFullDeparture(24), Fleet: 2), travel: new GammaDistribution(30, 0.2))
            .Link("aktau", "dry-port", TransportMode.Rail, km: 300, gauge: 1520)
            .Link("dry-port", "dostyk", TransportMode.Rail, km: 200, gauge: 1520)
            .Link("dostyk", "urumqi", TransportMode.Rail, km: 450, gauge: 1435, carrier: new CarrierSpec(CarrierKind.Train, 8, CargoUnit.Tonne, new TimetableDeparture(12, 3)))
            .Link("lotos", "btc", TransportMode.Road, km: 200)
            .Link("btc", "atyrau", TransportMode.Road, km: 150)
            .Link("aktau", "baku", TransportMode.Sea, km: 450, carrier: new CarrierSpec(CarrierKind.Ferry, 2, CargoUnit.Teu, new TimetableDeparture(8)))
            .Flow("lotos", "urumqi", 0.12)
            .Flow("lotos", "atyrau", 0.3)
            .Flow("atyrau", "lotos", 0.1, id: "back")
            .Flow("olya", "baku", 0.05, ArrivalProcess.Fixed)
            .Link("atyrau", "btc", TransportMode.Road, km: 150)
            .Link("btc", "lotos", TransportMode.Road, km: 200)
            .Disrupt(new Closure { Id = "strike", Targets = ["dostyk"], FromHours = 500, ToHours = 560 })
            .Disrupt(new SeasonalClosure { Id = "ice", Targets = ["olya", "olya-aktau"], From = new MonthDay(1, 20), To = new MonthDay(2, 10), CapacityFactor = 0.5 })
            .Disrupt(new Closure { Id = "ferry-strike", Targets = ["aktau-baku"], FromHours = 1000, ToHours = 1100 })
            .Disrupt(new StormProcess { Id = "storms", Targets = ["aktau"], IntervalHours = new ExponentialDistribution(300), DurationHours = new ExponentialDistribution(20) });
        return model;
    }
}
