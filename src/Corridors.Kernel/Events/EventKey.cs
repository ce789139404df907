namespace Corridors.Kernel.Events;

/// <summary>
/// What the future-event list sorts, in 16 bytes, so that the four children of a heap entry take
/// 64 bytes: the delivery time, and one word holding the send order above the slot of the
/// entry's <see cref="ScheduledMessage"/>. The order sits in the high bits, so comparing the words
/// compares send orders (which are unique); the slot never decides.
/// </summary>
internal struct EventKey
{
    /// <summary>Bits of <see cref="Order"/> that hold the message's slot.</summary>
    public const int SlotBits = 24;

    /// <summary>The mask of the slot bits.</summary>
    public const ulong SlotMask = (1UL << SlotBits) - 1;

    /// <summary>Delivery time in simulated hours.</summary>
    public double Time;

    /// <summary>Send order × 2^24 + slot: breaks ties between equal times (first sent, first delivered).</summary>
    public ulong Order;

    /// <summary>Gets the slot of the message in the event list's message table.</summary>
    public readonly int Slot => (int)(Order & SlotMask);

    /// <summary>The total order of the event list: by time, then by send order.</summary>
    public readonly bool Precedes(in EventKey other) =>
        Time < other.Time || (Time == other.Time && Order < other.Order);
}
