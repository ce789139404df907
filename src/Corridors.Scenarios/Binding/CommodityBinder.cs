using Corridors.Core.Model;
using Corridors.Scenarios.Loading;
using Corridors.Scenarios.Text;

namespace Corridors.Scenarios.Binding;

/// <summary>Binds <c>commodities:</c>: unit, tonnes per TEU, value (in the commodity's unit) and perishability.</summary>
internal static class CommodityBinder
{
    /// <summary>Reads every commodity.</summary>
    public static List<Commodity> Bind(MapReader root)
    {
        var commodities = new List<Commodity>();
        foreach (var (id, r, _) in Elements.Of(root, "commodities", "commodity", required: true))
        {
            root.Context.CommodityIds.Add(id);
            if (r is null)
            {
                commodities.Add(new Commodity(id, CargoUnit.Tonne, 1, 0));
                continue;
            }

            var unit = r.Choice("unit", Vocabulary.CargoUnits, required: true) ?? CargoUnit.Tonne;
            var tonnesPerTeu = r.Quantity("tonnes_per_teu", Dimension.TonnesPerTeu, "TonnesPerTeu", required: true) ?? 1;
            var value = r.QuantityOf("value", [Dimension.UsdPerTonne, Dimension.UsdPerTeu], "ValueUsdPerUnit");
            var wanted = unit == CargoUnit.Teu ? Dimension.UsdPerTeu : Dimension.UsdPerTonne;
            if (value is { } v && v.Dimension != wanted)
            {
                r.Problem("value", $"is per {(unit == CargoUnit.Teu ? "t" : "TEU")}, but the commodity is counted in {Word(unit)}; expected {Units.Describe(wanted)}", "ValueUsdPerUnit");
            }

            var perishability = r.Quantity("perishability", Dimension.Duration, "PerishabilityDays");
            Elements.Common(r);
            r.Finish();
            commodities.Add(new Commodity(id, unit, tonnesPerTeu, value?.Value ?? 0, perishability / 24));
        }

        return commodities;
    }

    /// <summary>Gets the file's word for <paramref name="unit"/>.</summary>
    public static string Word(CargoUnit unit) => Vocabulary.CargoUnits.First(u => u.Value == unit).Word;
}
