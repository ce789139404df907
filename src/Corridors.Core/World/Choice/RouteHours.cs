namespace Corridors.Core.World.Choice;

/// <summary>
/// The static expectations of one compiled route for its flow's cargo, per hop: the stage hours at each
/// node, and the travel and departure wait of each link (as the router counts them), and the route's
/// static generalized cost.
/// </summary>
/// <param name="NodeHours">Expected stage hours at each node.</param>
/// <param name="LinkTravelHours">Mean travel hours of each link.</param>
/// <param name="LinkWaitHours">Expected wait for a departure of each link (0 without carrier).</param>
/// <param name="LinkStretchHours">What a reduced capacity stretches on each link: the departure wait of a carrier, the travel of a link without one.</param>
/// <param name="Cost">Static generalized cost per tonne.</param>
internal sealed record RouteHours(double[] NodeHours, double[] LinkTravelHours, double[] LinkWaitHours, double[] LinkStretchHours, double Cost);
