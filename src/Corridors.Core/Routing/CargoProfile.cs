using Corridors.Core.Model;

namespace Corridors.Core.Routing;

/// <summary>
/// What is being routed, as far as per-tonne costs depend on it: TEU-priced tariffs and capacities
/// convert with the tonnes per TEU, rate-based handling times with the shipment size, waits for
/// when-full departures and consolidation with the flow's rate, and the <c>generalized</c> preset's
/// value of time with the cargo value.
/// </summary>
/// <param name="Commodity">Commodity id (for reports).</param>
/// <param name="TonnesPerTeu">Tonnes in one TEU (&gt; 0).</param>
/// <param name="ShipmentTonnes">Mean shipment size in tonnes (&gt; 0).</param>
/// <param name="TonnesPerHour">Mean rate of this cargo in tonnes per hour (≥ 0; 0 = unknown).</param>
/// <param name="ValueUsdPerTonne">Cargo value in USD per tonne (≥ 0).</param>
public sealed record CargoProfile(string Commodity, double TonnesPerTeu, double ShipmentTonnes, double TonnesPerHour, double ValueUsdPerTonne)
{
    /// <summary>Hours in a (365-day) year, to turn annual volumes into rates.</summary>
    public const double HoursPerYear = 8760;

    /// <summary>Tonnes per TEU assumed when a model has no commodity at all (a loaded TEU of general cargo, an assumption).</summary>
    public const double FallbackTonnesPerTeu = 10;

    /// <summary>Gets the profile of <paramref name="flow"/>: its commodity, its mean shipment size and its annual volume as a rate.</summary>
    /// <exception cref="ArgumentException">The flow names a commodity the model does not have.</exception>
    public static CargoProfile ForFlow(ScenarioModel model, FlowSpec flow)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(flow);
        var commodity = model.Commodities.FirstOrDefault(c => c.Id == flow.Commodity)
            ?? throw new ArgumentException($"flow '{flow.Id}' names commodity '{flow.Commodity}', which the model does not have", nameof(flow));
        return new CargoProfile(
            commodity.Id,
            commodity.TonnesPerTeu,
            commodity.ToTonnes(flow.ShipmentSize.Mean),
            commodity.ToTonnes(flow.VolumePerYear) / HoursPerYear,
            ValuePerTonne(commodity));
    }

    /// <summary>
    /// Gets the profile for a query no flow describes: one unit (a tonne or a TEU) of the model's first
    /// commodity, at the rate of all the model's flows together (the most traffic any carrier could see).
    /// Without commodities: one tonne, <see cref="FallbackTonnesPerTeu"/>, no value.
    /// </summary>
    public static CargoProfile Reference(ScenarioModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var commodities = model.Commodities.ToDictionary(c => c.Id, StringComparer.Ordinal);
        double tonnesPerHour = model.Flows.Sum(f => commodities.TryGetValue(f.Commodity, out var c) ? c.ToTonnes(f.VolumePerYear) : 0) / HoursPerYear;
        if (model.Commodities.Count == 0)
        {
            return new CargoProfile("cargo", FallbackTonnesPerTeu, 1, tonnesPerHour, 0);
        }

        var first = model.Commodities[0];
        return new CargoProfile(first.Id, first.TonnesPerTeu, first.ToTonnes(1), tonnesPerHour, ValuePerTonne(first));
    }

    /// <summary>
    /// Gets the profile of <paramref name="commodity"/> as its flows carry it: the volume-weighted mean
    /// shipment size and the rate of all its flows together; one unit and no rate when no flow carries it.
    /// </summary>
    /// <exception cref="RouteQueryException">The model has no such commodity; the message suggests the closest id.</exception>
    public static CargoProfile ForCommodity(ScenarioModel model, string commodity)
    {
        ArgumentNullException.ThrowIfNull(model);
        var c = model.Commodities.FirstOrDefault(x => x.Id == commodity);
        if (c is null)
        {
            var closest = Suggestions.Closest(commodity, model.Commodities.Select(x => x.Id));
            throw new RouteQueryException(closest is null
                ? $"unknown commodity '{commodity}'; expected one of {string.Join(", ", model.Commodities.Select(x => x.Id))}"
                : $"unknown commodity '{commodity}'; did you mean '{closest}'?");
        }

        var flows = model.Flows.Where(f => f.Commodity == commodity).ToList();
        var tonnes = flows.Sum(f => c.ToTonnes(f.VolumePerYear));
        var shipment = tonnes > 0 ? flows.Sum(f => c.ToTonnes(f.VolumePerYear) * c.ToTonnes(f.ShipmentSize.Mean)) / tonnes : c.ToTonnes(1);
        return new CargoProfile(c.Id, c.TonnesPerTeu, shipment, tonnes / HoursPerYear, ValuePerTonne(c));
    }

    private static double ValuePerTonne(Commodity commodity) => commodity.ValueUsdPerUnit / commodity.ToTonnes(1);
}
