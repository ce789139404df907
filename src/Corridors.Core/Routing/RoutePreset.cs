namespace Corridors.Core.Routing;

/// <summary>What a route search minimises (see <see cref="RoutePresets"/> for the weights).</summary>
public enum RoutePreset
{
    /// <summary>The scenario's own generalized-cost weights: what simulated shipments choose by.</summary>
    Scenario,

    /// <summary>Hours: travel, expected waits for departures and expected stage delays at nodes.</summary>
    Time,

    /// <summary>USD per tonne: tariffs and transshipment charges.</summary>
    Cost,

    /// <summary>kg CO2 per tonne.</summary>
    Co2,

    /// <summary>USD per tonne with time and CO2 priced by documented defaults (<see cref="RoutePresets.Generalized"/>).</summary>
    Generalized,
}
