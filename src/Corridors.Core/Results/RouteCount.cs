using Corridors.Core.World;

namespace Corridors.Core.Results;

/// <summary>Shipments of one corridor created on one named route after the warm-up.</summary>
/// <param name="Corridor">The corridor.</param>
/// <param name="Route">The route's name by its key nodes ("via aktau > alat", or "direct").</param>
/// <param name="Shipments">Shipments that chose it at creation.</param>
public sealed record RouteCount(FlowKey Corridor, string Route, long Shipments);
