using System.Runtime.CompilerServices;
using Corridors.Kernel.Actors;

namespace Corridors.Kernel.Events;

/// <summary>
/// The future-event list: a 4-ary min-heap of <see cref="EventKey"/> ordered by (time, send order),
/// each key pointing at its message's slot in a table of <see cref="ScheduledMessage"/>. Everything
/// is structs in arrays, moved by hole-sifting, and slots are reused last-freed first, so scheduling
/// allocates nothing once the arrays have grown to the run's high-water mark.
/// </summary>
/// <remarks>
/// Why this layout (issue 16): on a large network the list holds tens of thousands of entries and no
/// longer fits in cache. Four children per entry halve the depth of a binary heap, and with 16-byte keys
/// the four children take 64 bytes (one or two cache lines), where 40-byte entries took three or four.
/// The order is strict (no two entries share a send order), so any heap
/// pops the same sequence.
/// </remarks>
internal sealed class EventQueue
{
    /// <summary>The most messages the list can hold at once: a slot must fit the key's slot bits.</summary>
    public const int MaxPending = 1 << EventKey.SlotBits;

    private EventKey[] _heap = new EventKey[64];
    private ScheduledMessage[] _messages = new ScheduledMessage[64];
    private int[] _freeSlots = new int[64];
    private int _freeCount;
    private int _count;

    public int Count => _count;

    /// <summary>Gets the time of the earliest entry; only when <see cref="Count"/> &gt; 0.</summary>
    public double PeekTime => _heap[0].Time;

    /// <summary>Gets the target of the earliest entry; only when <see cref="Count"/> &gt; 0.</summary>
    public int PeekTarget => _messages[_heap[0].Slot].Target;

    /// <summary>
    /// Adds a message. <paramref name="sequence"/> must exceed that of every entry already here (the
    /// simulation's send counter guarantees it), so an equal time never lets the new entry rise past
    /// an old one and sifting up compares times only.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(double time, ulong sequence, int target, in Message message)
    {
        var slot = _freeCount > 0 ? _freeSlots[--_freeCount] : _count;
        if (slot == _messages.Length)
        {
            Grow();
        }

        // Written field by field: copying a whole struct from a parameter goes through a stack temporary.
        ref var row = ref _messages[slot];
        row.Target = target;
        row.Message = message;

        var heap = _heap;
        var hole = _count++;
        while (hole > 0)
        {
            var parent = (hole - 1) >> 2;
            if (heap[parent].Time <= time)
            {
                break;
            }

            heap[hole] = heap[parent];
            hole = parent;
        }

        ref var key = ref heap[hole];
        key.Time = time;
        key.Order = (sequence << EventKey.SlotBits) | (uint)slot;
    }

    /// <summary>Removes the earliest entry into <paramref name="message"/> and returns its target; only when <see cref="Count"/> &gt; 0.</summary>
    public int Dequeue(out Message message)
    {
        var slot = _heap[0].Slot;
        ref readonly var row = ref _messages[slot];
        message = row.Message;
        var target = row.Target;
        _freeSlots[_freeCount++] = slot;
        RemoveTop();
        return target;
    }

    // Sifts the hole down from the root, choosing the earliest of up to four children each time, then drops the last key in.
    private void RemoveTop()
    {
        var heap = _heap;
        var count = --_count;
        if (count == 0)
        {
            return;
        }

        ref readonly var last = ref heap[count];
        var hole = 0;
        while (true)
        {
            var first = (hole << 2) + 1;
            if (first >= count)
            {
                break;
            }

            var child = first;
            var end = Math.Min(first + 4, count);
            for (var other = first + 1; other < end; other++)
            {
                if (heap[other].Precedes(heap[child]))
                {
                    child = other;
                }
            }

            if (!heap[child].Precedes(last))
            {
                break;
            }

            heap[hole] = heap[child];
            hole = child;
        }

        heap[hole] = last;
    }

    // All three arrays grow together: a slot is below the number of entries ever pending at once.
    private void Grow()
    {
        if (_messages.Length == MaxPending)
        {
            throw new InvalidOperationException($"more than {MaxPending} timed messages pending at once, the most one replication can hold");
        }

        var length = _messages.Length * 2;
        Array.Resize(ref _messages, length);
        Array.Resize(ref _heap, length);
        Array.Resize(ref _freeSlots, length);
    }
}
