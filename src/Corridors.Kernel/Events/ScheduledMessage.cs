using Corridors.Kernel.Actors;

namespace Corridors.Kernel.Events;

/// <summary>
/// A message waiting in the future-event list and its target: a row of the list's message table,
/// referenced from its <see cref="EventKey"/> by slot. Kept apart from the keys so the heap sifts
/// 16-byte keys, not 40-byte entries.
/// </summary>
internal struct ScheduledMessage
{
    /// <summary>The receiving actor's address index.</summary>
    public int Target;

    /// <summary>The message.</summary>
    public Message Message;
}
