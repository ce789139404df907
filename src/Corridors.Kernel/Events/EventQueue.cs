using System.Runtime.CompilerServices;
using Corridors.Kernel.Actors;

namespace Corridors.Kernel.Events;

/// <summary>
/// The future-event list: a 4-ary min-heap of <see cref="ScheduledMessage"/> ordered by
/// (time, send order). Entries are structs in one array, moved by hole-sifting, so scheduling
/// allocates nothing once the array has grown to the run's high-water mark.
/// </summary>
/// <remarks>
/// Four children per entry halve the heap's depth against a binary heap, and the four children sit
/// side by side (160 bytes), so a removal touches about half as many cache lines of a large heap
/// (issue 16). The order is strict (no two entries share a send order), so any heap pops the same sequence.
/// </remarks>
internal sealed class EventQueue
{
    private ScheduledMessage[] _heap = new ScheduledMessage[64];
    private int _count;

    public int Count => _count;

    /// <summary>Gets the time of the earliest entry; only when <see cref="Count"/> &gt; 0.</summary>
    public double PeekTime => _heap[0].Time;

    public ref readonly ScheduledMessage Peek() => ref _heap[0];

    /// <summary>
    /// Adds a message. <paramref name="order"/> must exceed the order of every entry already here (the
    /// simulation's send counter guarantees it), so an equal time never lets the new entry rise past
    /// an old one and sifting up compares times only.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(double time, ulong order, in Message message)
    {
        var heap = _count == _heap.Length ? Grow() : _heap;
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

        // Written field by field: copying a whole struct from a parameter goes through a stack temporary.
        ref var slot = ref heap[hole];
        slot.Time = time;
        slot.Order = order;
        slot.Message = message;
    }

    /// <summary>Removes the earliest entry (read it with <see cref="Peek"/> first).</summary>
    public void RemoveTop()
    {
        var heap = _heap;
        var count = --_count;
        if (count == 0)
        {
            return;
        }

        // Sift the hole down from the root, choosing the earlier child each time, then drop the last entry in.
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

    public void Clear()
    {
        Array.Clear(_heap, 0, _count);
        _count = 0;
    }

    private ScheduledMessage[] Grow()
    {
        Array.Resize(ref _heap, _heap.Length * 2);
        return _heap;
    }
}
