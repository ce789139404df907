using Corridors.Core.World;
using Corridors.Kernel.Grains;

namespace Corridors.Core.Grains.Links;

/// <summary>A link without a carrier: each shipment (a truck) leaves as soon as it enters, unless the link is closed.</summary>
internal sealed class SoloLinkGrain(GrainActivation activation, ReplicationContext context, int index)
    : LinkGrain(activation, context, index)
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

        Dispatch(job, SampleTravelHours());
    }

    protected override void CapacityChanged()
    {
        while (!Capacity.IsClosed && _held.Count > 0)
        {
            Dispatch(_held.Dequeue(), SampleTravelHours());
            Statistics.Waiting.Set(Now, _held.Count);
        }
    }
}
