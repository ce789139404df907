using Corridors.Core.Model;
using Corridors.Kernel.Distributions;

namespace Corridors.Core.Benchmarks;

/// <summary>
/// The M/M/c benchmark model as a scenario: Poisson arrivals at a zone, a port with c berths and
/// exponential handling, a city that absorbs the shipments; zero-length links. It runs through the
/// same grains and kernel as any scenario.
/// </summary>
public static class MmcModel
{
    /// <summary>The id of the port, whose station statistics are the M/M/c queue.</summary>
    public const string PortId = "port";

    /// <summary>Builds the model with a horizon long enough for about <paramref name="customers"/> arrivals.</summary>
    /// <param name="servers">Berths c (≥ 1).</param>
    /// <param name="arrivalRate">λ in shipments per hour (&gt; 0).</param>
    /// <param name="serviceRate">μ per berth in shipments per hour (&gt; 0).</param>
    /// <param name="customers">Expected number of arrivals (≥ 1).</param>
    /// <param name="seed">The scenario seed.</param>
    public static ScenarioModel Build(int servers, double arrivalRate, double serviceRate, long customers, ulong seed)
    {
        TransportMode[] modes = [TransportMode.Sea, TransportMode.Road];
        return new ScenarioModel
        {
            Name = $"M/M/{servers} benchmark",
            Experiment = new ExperimentSpec(customers / arrivalRate, 0, 1, seed, new DateOnly(2024, 1, 1)),
            Commodities = [new Commodity("goods", CargoUnit.Tonne, 10, 0)],
            Nodes =
            [
                new EconomicZoneSpec { Id = "source", Name = "source", Location = default, Modes = modes },
                new PortSpec { Id = PortId, Name = PortId, Location = default, Modes = modes, Berths = new ServiceSpec(servers, new ExponentialDistribution(1 / serviceRate)) },
                new CitySpec { Id = "sink", Name = "sink", Location = default, Modes = modes },
            ],
            Links =
            [
                new LinkSpec { Id = "in", From = "source", To = PortId, Mode = TransportMode.Sea, DistanceKm = 0, SpeedKmh = 1 },
                new LinkSpec { Id = "out", From = PortId, To = "sink", Mode = TransportMode.Road, DistanceKm = 0, SpeedKmh = 1 },
            ],
            Flows = [new FlowSpec { Id = "customers", Origin = "source", Destination = "sink", Commodity = "goods", VolumePerYear = arrivalRate * 8760, ShipmentSize = new ConstantDistribution(1) }],
            Routing = new RoutingSpec(new CostWeights(1, 0, 0), 1, double.PositiveInfinity),
        };
    }
}
