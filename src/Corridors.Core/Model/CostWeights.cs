namespace Corridors.Core.Model;

/// <summary>
/// Generalized cost per tonne = <see cref="PerHour"/> × hours + <see cref="PerUsd"/> × USD + <see cref="PerKgCo2"/> × kg CO2
/// (+ expected delays at nodes, counted as hours). All weights ≥ 0, not all 0.
/// </summary>
/// <param name="PerHour">Weight of one hour (a value of time, USD per tonne-hour when <paramref name="PerUsd"/> = 1).</param>
/// <param name="PerUsd">Weight of one USD per tonne.</param>
/// <param name="PerKgCo2">Weight of one kg CO2 per tonne (a carbon price in USD/kg when <paramref name="PerUsd"/> = 1).</param>
public sealed record CostWeights(double PerHour, double PerUsd, double PerKgCo2);
