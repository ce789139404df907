using Corridors.Kernel.Actors;

namespace Corridors.Kernel.Events;

/// <summary>Watches deliveries: for traces and for checking that two runs delivered the same messages.</summary>
public interface IDeliveryObserver
{
    /// <summary>Called after <paramref name="target"/> received <paramref name="message"/> at <paramref name="timeHours"/>.</summary>
    void Delivered(double timeHours, ActorAddress target, in Message message);
}
