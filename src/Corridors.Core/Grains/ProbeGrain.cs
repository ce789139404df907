using Corridors.Core.World;
using Corridors.Kernel.Grains;

namespace Corridors.Core.Grains;

/// <summary>
/// Samples the number of shipments in the system at a fixed interval, for warm-up analysis. A grain
/// like any other: it only reads, on its own timer, and changes nothing it samples.
/// </summary>
internal sealed class ProbeGrain(GrainActivation activation, ReplicationContext context, double intervalHours, List<double> samples)
    : Grain(activation)
{
    protected override void Receive(in Message message)
    {
        samples.Add(context.Shipments.Live);
        SendSelf(new Message(0), intervalHours);
    }
}
