namespace Corridors.Core.Routing.Topology;

/// <summary>How many independent routes a flow has.</summary>
/// <param name="Flow">The flow id.</param>
/// <param name="Origin">Its origin node id.</param>
/// <param name="Destination">Its destination node id.</param>
/// <param name="TonnesPerYear">Its annual volume in tonnes.</param>
/// <param name="LinkDisjointRoutes">Most routes that share no link (0 = no route at all).</param>
/// <param name="NodeDisjointRoutes">Most routes that share no node other than the two ends (see <see cref="NetworkAnalysis"/> for when this is an upper bound).</param>
public sealed record FlowRedundancy(
    string Flow, string Origin, string Destination, double TonnesPerYear, int LinkDisjointRoutes, int NodeDisjointRoutes);
