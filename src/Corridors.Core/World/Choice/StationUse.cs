namespace Corridors.Core.World.Choice;

/// <summary>A station a route passes at a node: its board entry, its servers and the mean service hours of the route's shipment per server.</summary>
/// <param name="Slot">The station's entry on the <see cref="NetworkStateBoard"/>.</param>
/// <param name="Servers">Number of servers c.</param>
/// <param name="HoursPerJob">Mean service hours of the route's mean shipment divided by c.</param>
internal readonly record struct StationUse(int Slot, int Servers, double HoursPerJob);
