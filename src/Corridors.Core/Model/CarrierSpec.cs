namespace Corridors.Core.Model;

/// <summary>
/// The vehicles that work a link: a departure carries many shipments, up to its capacity, and leaves
/// on a timetable or when full. With a fleet, a departure also needs a vehicle back from its last round trip.
/// </summary>
/// <param name="Kind">What the vehicle is, for reports.</param>
/// <param name="Capacity">Capacity of one departure in <paramref name="CapacityUnit"/> (&gt; 0).</param>
/// <param name="CapacityUnit">Tonnes or TEU.</param>
/// <param name="Departure">When departures leave.</param>
/// <param name="Fleet">Number of vehicles (≥ 1); null means always one available.</param>
public sealed record CarrierSpec(CarrierKind Kind, double Capacity, CargoUnit CapacityUnit, DeparturePolicy Departure, int? Fleet = null);
