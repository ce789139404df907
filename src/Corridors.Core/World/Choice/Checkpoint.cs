namespace Corridors.Core.World.Choice;

/// <summary>
/// A facility of a route whose delay can differ from its static expectation (it has scheduled windows,
/// storms, stations or a carrier with a departure interval): the walk of <see cref="DynamicChooser"/>
/// visits only these and adds the static hours of everything between them in one step.
/// </summary>
/// <param name="Facility">Facility number (nodes first, then links).</param>
/// <param name="Hop">The route hop: the node's index, or the index of the link leaving node Hop.</param>
/// <param name="IsLink">Whether it is a link.</param>
/// <param name="OffsetHours">Static hours from the route's start until the shipment reaches it.</param>
/// <param name="StretchHours">What a reduced capacity stretches there (stage hours, travel or departure wait).</param>
/// <param name="HasOutages">Whether scheduled windows touch it.</param>
/// <param name="HasStorms">Whether storms hit it.</param>
internal readonly record struct Checkpoint(int Facility, int Hop, bool IsLink, double OffsetHours, double StretchHours, bool HasOutages, bool HasStorms);
