using Corridors.Core.Model;

namespace Corridors.Core.Routing;

/// <summary>One link of a reported route, with what it costs a tonne of the routed cargo.</summary>
/// <param name="Link">Link id.</param>
/// <param name="From">Id of the node the link leaves.</param>
/// <param name="To">Id of the node it reaches.</param>
/// <param name="Mode">Its mode.</param>
/// <param name="Hours">Expected wait for a departure plus mean travel time, in hours.</param>
/// <param name="WaitHours">The expected wait for a departure alone (0 without a carrier), in hours.</param>
/// <param name="Usd">Tariff in USD per tonne (TEU parts converted with the cargo's tonnes per TEU).</param>
/// <param name="Co2Kg">Emissions in kg CO2 per tonne.</param>
/// <param name="Km">Length in km.</param>
/// <param name="Cost">Generalized cost per tonne under the search's weights.</param>
public sealed record RouteLeg(string Link, string From, string To, TransportMode Mode, double Hours, double WaitHours, double Usd, double Co2Kg, double Km, double Cost);
