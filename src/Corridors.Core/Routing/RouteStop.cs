using Corridors.Core.Model;

namespace Corridors.Core.Routing;

/// <summary>A node of a reported route, with the stages a shipment passes there and what they cost a tonne.</summary>
/// <param name="Node">Node id.</param>
/// <param name="Stages">The stages planned here (the same the simulation passes).</param>
/// <param name="Hours">Expected stage delays in hours, without queueing.</param>
/// <param name="Usd">Transshipment charge in USD per tonne when the mode changes here, else 0.</param>
/// <param name="Cost">Generalized cost per tonne under the search's weights.</param>
public sealed record RouteStop(string Node, Stages Stages, double Hours, double Usd, double Cost);
