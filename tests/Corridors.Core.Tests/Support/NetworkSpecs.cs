using Corridors.Core.Model;
using Corridors.Kernel.Distributions;

namespace Corridors.Core.Tests.Support;

/// <summary>
/// Nodes and links for routing tests, with the figures routing reads as parameters: constant service
/// times, transshipment prices, travel hours given directly (independent of km), tariffs, capacities.
/// Every node serves every mode.
/// </summary>
internal static class NetworkSpecs
{
    private static readonly TransportMode[] All = Enum.GetValues<TransportMode>();

    public static CitySpec City(string id, GeoPoint at = default, double? capacity = null) =>
        new() { Id = id, Name = id, Location = at, Modes = All, CapacityTonnesPerYear = capacity };

    public static EconomicZoneSpec Zone(string id, double? dwellHours = null, GeoPoint at = default) =>
        new() { Id = id, Name = id, Location = at, Modes = All, ProcessingDwellHours = Constant(dwellHours) };

    public static PortSpec Port(string id, double berthHours = 0, double transshipUsd = 0, double? capacity = null, GeoPoint at = default) =>
        new() { Id = id, Name = id, Location = at, Modes = All, Berths = Service(berthHours), TransshipmentUsdPerTonne = transshipUsd, CapacityTonnesPerYear = capacity };

    public static HubSpec Hub(string id, double handlingHours = 0, double transshipUsd = 0, double? capacity = null, GeoPoint at = default) =>
        new() { Id = id, Name = id, Location = at, Modes = All, Handling = Service(handlingHours), TransshipmentUsdPerTonne = transshipUsd, CapacityTonnesPerYear = capacity };

    public static BorderCrossingSpec Crossing(string id, double railClearanceHours = 0, double? gaugeChangeHours = null, double? capacity = null, GeoPoint at = default) =>
        new()
        {
            Id = id,
            Name = id,
            Location = at,
            Modes = All,
            Clearance = new Dictionary<TransportMode, ServiceSpec> { [TransportMode.Rail] = Service(railClearanceHours), [TransportMode.Road] = Service(railClearanceHours) },
            GaugeChange = gaugeChangeHours is { } g ? Service(g) : null,
            CapacityTonnesPerYear = capacity,
        };

    public static BorderTradeCenterSpec TradeCenter(
        string id, double customsHours = 0, ConsolidationSpec? consolidation = null, double? dwellHours = null, GeoPoint at = default) =>
        new()
        {
            Id = id,
            Name = id,
            Location = at,
            Modes = All,
            Customs = Service(customsHours),
            Consolidation = consolidation,
            DwellHours = Constant(dwellHours),
        };

    /// <summary>A link <c>from-to</c> (or <paramref name="id"/>) taking exactly <paramref name="hours"/>.</summary>
    public static LinkSpec Link(
        string from,
        string to,
        TransportMode mode = TransportMode.Road,
        double hours = 0,
        double km = 0,
        LinkCost? cost = null,
        double co2PerTonneKm = 0,
        double? tonnesPerYear = null,
        double? teuPerYear = null,
        int? gauge = null,
        CarrierSpec? carrier = null,
        bool open = true,
        string? id = null) =>
        new()
        {
            Id = id ?? $"{from}-{to}",
            From = from,
            To = to,
            Mode = mode,
            DistanceKm = km,
            SpeedKmh = 50,
            TravelTimeHours = new ConstantDistribution(hours),
            Cost = cost ?? LinkCost.Free,
            Co2KgPerTonneKm = co2PerTonneKm,
            CapacityTonnesPerYear = tonnesPerYear,
            CapacityTeuPerYear = teuPerYear,
            GaugeMm = gauge,
            Carrier = carrier,
            Open = open,
        };

    /// <summary>Routing weights, candidate count and logit scale for a built model.</summary>
    public static ScenarioModel WithRouting(this ScenarioModel model, CostWeights weights, int k = 1, double logitScale = double.PositiveInfinity) =>
        model with { Routing = new RoutingSpec(weights, k, logitScale) };

    /// <summary>Replaces the commodities (the test model has one, "goods", 10 t/TEU, 1000 USD/t).</summary>
    public static ScenarioModel WithCommodity(this ScenarioModel model, Commodity commodity) =>
        model with { Commodities = [commodity], Flows = [.. model.Flows.Select(f => f with { Commodity = commodity.Id })] };

    private static ServiceSpec Service(double hours) => new(1, new ConstantDistribution(hours));

    private static ConstantDistribution? Constant(double? hours) => hours is { } h ? new ConstantDistribution(h) : null;
}
