using Corridors.Core.World;
using Corridors.Kernel.Actors;

namespace Corridors.Core.Actors.Links;

/// <summary>A link without a carrier: each shipment (a truck) leaves as soon as it enters, unless the link is closed.</summary>
internal sealed class SoloLinkActor(ActorActivation activation, ReplicationContext context, int index)
    : LinkActor(activation, context, index)
{
    private readonly IntQueue _held = new();

    protected override void Enter(int job)
    {
        if (CapacityFactor == 0)
        {
            _held.Enqueue(job);
            Statistics.Waiting.Set(Now, _held.Count);
            return;
        }

        Dispatch(job, ScaledTravelHours());
    }

    // Without a carrier there is no load to scale: a capacity factor f > 0 is a change of speed both
    // ways (ADR 0002), a slower road below 1 and a faster one above: travel time ÷ f.
    private double ScaledTravelHours()
    {
        var hours = SampleTravelHours();
        return CapacityFactor == 1 ? hours : hours / CapacityFactor;
    }

    protected override void CapacityChanged()
    {
        while (CapacityFactor != 0 && _held.Count > 0)
        {
            Dispatch(_held.Dequeue(), ScaledTravelHours());
            Statistics.Waiting.Set(Now, _held.Count);
        }
    }
}
