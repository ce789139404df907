namespace Corridors.Core.Model;

/// <summary>A link tariff: fixed plus per-km parts, per tonne and per TEU (all ≥ 0, USD).</summary>
/// <param name="UsdPerTonne">Fixed charge per tonne (port dues, ferry fare).</param>
/// <param name="UsdPerTonneKm">Charge per tonne-km.</param>
/// <param name="UsdPerTeu">Fixed charge per TEU.</param>
/// <param name="UsdPerTeuKm">Charge per TEU-km.</param>
public sealed record LinkCost(double UsdPerTonne = 0, double UsdPerTonneKm = 0, double UsdPerTeu = 0, double UsdPerTeuKm = 0)
{
    /// <summary>Gets the tariff that charges nothing.</summary>
    public static LinkCost Free { get; } = new();

    /// <summary>Gets the cost in USD of moving <paramref name="tonnes"/> (= <paramref name="teu"/> TEU) over <paramref name="km"/>.</summary>
    public double Usd(double tonnes, double teu, double km) =>
        (tonnes * (UsdPerTonne + (UsdPerTonneKm * km))) + (teu * (UsdPerTeu + (UsdPerTeuKm * km)));
}
