using Corridors.Core.Model;
using Corridors.Scenarios.Loading;
using Corridors.Scenarios.Text;

namespace Corridors.Scenarios.Binding;

/// <summary>Binds a link's <c>carrier:</c> and <c>cost:</c> mappings.</summary>
internal static class CarrierBinder
{
    private static readonly IReadOnlyList<(string Word, bool Timetable)> Departures = [("timetable", true), ("when-full", false)];

    /// <summary>Reads the carrier, or null when the link has none (each shipment travels alone).</summary>
    public static CarrierSpec? Carrier(MapReader link)
    {
        if (link.Child("carrier", "Carrier") is not { } r)
        {
            return null;
        }

        var kind = r.Choice("kind", Vocabulary.CarrierKinds, required: true) ?? CarrierKind.Vessel;
        var capacity = r.QuantityOf("capacity", [Dimension.Mass, Dimension.Teu], "Capacity", required: true);
        var fleet = r.Int("fleet", "Fleet");
        var timetable = r.Choice("departs", Departures, required: true);
        DeparturePolicy departure = timetable switch
        {
            true => new TimetableDeparture(
                r.Quantity("every", Dimension.Duration, "Departure.HeadwayHours", required: true) ?? 1,
                r.Quantity("first", Dimension.Duration, "Departure.OffsetHours") ?? 0),
            false => new WhenFullDeparture(r.Quantity("max_wait", Dimension.Duration, "Departure.MaxWaitHours") ?? double.PositiveInfinity),
            null => new WhenFullDeparture(double.PositiveInfinity),
        };
        r.Finish();
        var unit = capacity?.Dimension == Dimension.Teu ? CargoUnit.Teu : CargoUnit.Tonne;
        return new CarrierSpec(kind, capacity?.Value ?? 1, unit, departure, fleet);
    }

    /// <summary>Reads the tariff; free when absent.</summary>
    public static LinkCost Cost(MapReader link)
    {
        if (link.Child("cost", "Cost") is not { } r)
        {
            return LinkCost.Free;
        }

        var cost = new LinkCost(
            r.Quantity("per_tonne", Dimension.UsdPerTonne, "UsdPerTonne") ?? 0,
            r.Quantity("per_tonne_km", Dimension.UsdPerTonneKm, "UsdPerTonneKm") ?? 0,
            r.Quantity("per_teu", Dimension.UsdPerTeu, "UsdPerTeu") ?? 0,
            r.Quantity("per_teu_km", Dimension.UsdPerTeuKm, "UsdPerTeuKm") ?? 0);
        r.Finish();
        return cost;
    }
}
