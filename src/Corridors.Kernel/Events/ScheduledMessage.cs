using Corridors.Kernel.Actors;

namespace Corridors.Kernel.Events;

/// <summary>
/// An entry of the future-event list: a message, its target and its delivery time, in 40 bytes.
/// The send order and the target share one word (<see cref="Order"/>): the order sits in the high
/// bits, so comparing the words compares send orders, and the target needs no field of its own.
/// </summary>
internal struct ScheduledMessage
{
    /// <summary>Bits of <see cref="Order"/> that hold the target's address index.</summary>
    public const int TargetBits = 24;

    /// <summary>The mask of the target bits.</summary>
    public const ulong TargetMask = (1UL << TargetBits) - 1;

    /// <summary>Delivery time in simulated hours.</summary>
    public double Time;

    /// <summary>Send order × 2^24 + target: breaks ties between equal times (first sent, first delivered).</summary>
    public ulong Order;

    /// <summary>The message.</summary>
    public Message Message;

    /// <summary>Gets the receiving actor's address index.</summary>
    public readonly int Target => (int)(Order & TargetMask);

    /// <summary>The total order of the event list: by time, then by send order.</summary>
    public readonly bool Precedes(in ScheduledMessage other) =>
        Time < other.Time || (Time == other.Time && Order < other.Order);
}
