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
        if (Capacity.IsClosed)
        {
            _held.Enqueue(job);
            Statistics.Waiting.Set(Now, _held.Count);
            return;
        }

        Dispatch(job, ReducedSpeedTravelHours());
    }

    // Without a carrier there is no load to reduce: a capacity factor f in (0, 1) is a slower road, 1/f the time.
    private double ReducedSpeedTravelHours()
    {
        var hours = SampleTravelHours();
        return Capacity.Factor is > 0 and < 1 ? hours / Capacity.Factor : hours;
    }

    protected override void CapacityChanged()
    {
        while (!Capacity.IsClosed && _held.Count > 0)
        {
            Dispatch(_held.Dequeue(), ReducedSpeedTravelHours());
            Statistics.Waiting.Set(Now, _held.Count);
        }
    }
}
