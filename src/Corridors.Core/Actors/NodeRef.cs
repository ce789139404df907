using Corridors.Kernel;
using Corridors.Kernel.Actors;

namespace Corridors.Core.Actors;

/// <summary>
/// A reference to a node actor that turns calls into messages, like an Orleans actor reference:
/// <c>node.Arrive(shipment)</c> sends the Arrive message; the actor handles it in its own turn.
/// </summary>
internal readonly struct NodeRef(Simulation simulation, ActorAddress address)
{
    public ActorAddress Address => address;

    /// <summary>Shipments arrive (the head of a chain linked by <c>Shipment.Next</c>) after <paramref name="delayHours"/>.</summary>
    public void Arrive(int chainHead, double delayHours) => simulation.Send(address, new Message(NodeMessages.Arrive, chainHead), delayHours);

    /// <summary>A carrier left with <paramref name="tonnes"/> that were stored at the node: the space is free again.</summary>
    public void Released(double tonnes) => simulation.Send(address, new Message(NodeMessages.Released, Value: tonnes));

    /// <summary>The run starts: schedule demand and disruptions.</summary>
    public void Start() => simulation.Send(address, new Message(NodeMessages.Start));
}
