using Corridors.Kernel;
using Corridors.Kernel.Actors;

namespace Corridors.Core.Actors;

/// <summary>A reference to a link actor that turns calls into messages (see <see cref="NodeRef"/>).</summary>
internal readonly struct LinkRef(Simulation simulation, ActorAddress address)
{
    public ActorAddress Address => address;

    /// <summary>A shipment enters the link at its origin node.</summary>
    public void Enter(int shipment) => simulation.Send(address, new Message(LinkMessages.Enter, shipment));

    /// <summary>The run starts: schedule timetables and disruptions.</summary>
    public void Start() => simulation.Send(address, new Message(LinkMessages.Start));
}
