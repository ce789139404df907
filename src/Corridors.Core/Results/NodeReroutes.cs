namespace Corridors.Core.Results;

/// <summary>Shipments that switched route at one port or hub after the warm-up.</summary>
/// <param name="Node">Node id.</param>
/// <param name="Reroutes">Number of switches.</param>
public sealed record NodeReroutes(string Node, long Reroutes);
