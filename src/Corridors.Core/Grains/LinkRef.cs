using Corridors.Kernel;
using Corridors.Kernel.Grains;

namespace Corridors.Core.Grains;

/// <summary>A reference to a link grain that turns calls into messages (see <see cref="NodeRef"/>).</summary>
internal readonly struct LinkRef(Simulation simulation, GrainAddress address)
{
    public GrainAddress Address => address;

    /// <summary>A shipment enters the link at its origin node.</summary>
    public void Enter(int shipment) => simulation.Send(address, new Message(LinkMessages.Enter, shipment));

    /// <summary>The run starts: schedule timetables and disruptions.</summary>
    public void Start() => simulation.Send(address, new Message(LinkMessages.Start));
}
