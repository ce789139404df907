using Corridors.Core.World;
using Corridors.Kernel.Actors;

namespace Corridors.Core.Actors;

/// <summary>
/// Samples the number of shipments in the system at a fixed interval, for warm-up analysis. An actor
/// like any other: it only reads, on its own timer, and changes nothing it samples.
/// </summary>
internal sealed class ProbeActor(ActorActivation activation, ReplicationContext context, double intervalHours, List<double> samples)
    : Actor(activation)
{
    protected override void Receive(in Message message)
    {
        samples.Add(context.Shipments.Live);
        SendSelf(new Message(0), intervalHours);
    }
}
