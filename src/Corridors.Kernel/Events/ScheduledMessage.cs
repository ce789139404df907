using Corridors.Kernel.Grains;

namespace Corridors.Kernel.Events;

/// <summary>An entry of the future-event list: a message, its target and its delivery time.</summary>
/// <param name="Time">Delivery time in simulated hours.</param>
/// <param name="Sequence">Send order; breaks ties between equal times (first sent, first delivered).</param>
/// <param name="Target">The receiving grain's address index.</param>
/// <param name="Message">The message.</param>
internal readonly record struct ScheduledMessage(double Time, long Sequence, int Target, Message Message)
{
    /// <summary>The total order of the event list: by time, then by send order.</summary>
    public bool Precedes(in ScheduledMessage other) =>
        Time < other.Time || (Time == other.Time && Sequence < other.Sequence);
}
