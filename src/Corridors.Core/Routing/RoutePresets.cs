using Corridors.Core.Model;

namespace Corridors.Core.Routing;

/// <summary>
/// The generalized-cost weights of each <see cref="RoutePreset"/>. The <c>generalized</c> defaults are
/// assumptions, stated here and in docs/routing.md: time is priced as the carrying cost of the goods in
/// transit, CO2 at a carbon price.
/// </summary>
public static class RoutePresets
{
    /// <summary>
    /// Carrying cost of goods in transit as a share of their value per year (0.20). The usual inventory
    /// carrying-cost rule of thumb is 20–30 %/yr including storage and handling; 20 % is taken because
    /// goods on the move incur the capital, insurance and depreciation parts. An assumption.
    /// </summary>
    public const double CarryingCostPerYear = 0.20;

    /// <summary>
    /// Carbon price in USD per kg CO2 (0.08, i.e. 80 USD/t): roughly the EU ETS allowance price of
    /// 2023–2024 (about 65–100 EUR/t). An assumption; no Caspian state prices carbon on freight.
    /// </summary>
    public const double CarbonUsdPerKg = 0.08;

    /// <summary>Gets the weights of <paramref name="preset"/> for cargo worth <paramref name="valueUsdPerTonne"/>.</summary>
    /// <param name="preset">The preset.</param>
    /// <param name="scenario">The scenario's weights, used by <see cref="RoutePreset.Scenario"/>.</param>
    /// <param name="valueUsdPerTonne">Cargo value in USD per tonne (≥ 0), for the value of time of <see cref="RoutePreset.Generalized"/>.</param>
    public static CostWeights Weights(RoutePreset preset, CostWeights scenario, double valueUsdPerTonne)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return preset switch
        {
            RoutePreset.Scenario => scenario,
            RoutePreset.Time => new CostWeights(1, 0, 0),
            RoutePreset.Cost => new CostWeights(0, 1, 0),
            RoutePreset.Co2 => new CostWeights(0, 0, 1),
            RoutePreset.Generalized => Generalized(valueUsdPerTonne),
            _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, "unknown route preset"),
        };
    }

    /// <summary>
    /// Gets the default generalized weights in USD per tonne: an hour costs the value of time
    /// <see cref="ValueOfTimeUsdPerTonneHour"/>, a USD costs 1, a kg CO2 costs <see cref="CarbonUsdPerKg"/>.
    /// </summary>
    /// <param name="valueUsdPerTonne">Cargo value in USD per tonne (≥ 0).</param>
    public static CostWeights Generalized(double valueUsdPerTonne) =>
        new(ValueOfTimeUsdPerTonneHour(valueUsdPerTonne), 1, CarbonUsdPerKg);

    /// <summary>
    /// Gets the value of time in USD per tonne-hour: value × <see cref="CarryingCostPerYear"/> / 8760 h.
    /// Cargo worth 1,000 USD/t costs about 0.023 USD per tonne-hour, 0.55 USD per tonne-day.
    /// </summary>
    /// <param name="valueUsdPerTonne">Cargo value in USD per tonne (≥ 0).</param>
    public static double ValueOfTimeUsdPerTonneHour(double valueUsdPerTonne) =>
        valueUsdPerTonne * CarryingCostPerYear / CargoProfile.HoursPerYear;
}
