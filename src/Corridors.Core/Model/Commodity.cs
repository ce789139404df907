namespace Corridors.Core.Model;

/// <summary>A kind of goods.</summary>
/// <param name="Id">Unique id (<c>fish</c>, <c>polymer-granules</c>).</param>
/// <param name="Unit">What quantities of it are counted in.</param>
/// <param name="TonnesPerTeu">Tonnes of cargo in one TEU (&gt; 0); used for TEU commodities and to report TEU of tonne commodities.</param>
/// <param name="ValueUsdPerUnit">Cargo value in USD per unit (≥ 0), for inventory cost.</param>
/// <param name="PerishabilityDays">Days before the goods spoil (&gt; 0), or null when they keep.</param>
public sealed record Commodity(string Id, CargoUnit Unit, double TonnesPerTeu, double ValueUsdPerUnit, double? PerishabilityDays = null)
{
    /// <summary>Converts a quantity in this commodity's unit to tonnes.</summary>
    public double ToTonnes(double quantity) => Unit == CargoUnit.Teu ? quantity * TonnesPerTeu : quantity;

    /// <summary>Converts a quantity in this commodity's unit to TEU.</summary>
    public double ToTeu(double quantity) => Unit == CargoUnit.Teu ? quantity : quantity / TonnesPerTeu;
}
