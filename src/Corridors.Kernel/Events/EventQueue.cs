namespace Corridors.Kernel.Events;

/// <summary>
/// The future-event list: a binary min-heap of <see cref="ScheduledMessage"/> ordered by
/// (time, sequence). Entries are structs in one array, moved by hole-sifting, so scheduling
/// allocates nothing once the array has grown to the run's high-water mark.
/// </summary>
internal sealed class EventQueue
{
    private ScheduledMessage[] _heap = new ScheduledMessage[64];
    private int _count;

    public int Count => _count;

    public ref readonly ScheduledMessage Peek() => ref _heap[0];

    public void Push(in ScheduledMessage entry)
    {
        if (_count == _heap.Length)
        {
            Array.Resize(ref _heap, _heap.Length * 2);
        }

        // Sift the hole up from the new leaf, then drop the entry into it. The array is held in a
        // local so the loop does not reload the field after every store.
        var heap = _heap;
        var hole = _count++;
        while (hole > 0)
        {
            var parent = (hole - 1) >> 1;
            if (!entry.Precedes(heap[parent]))
            {
                break;
            }

            heap[hole] = heap[parent];
            hole = parent;
        }

        heap[hole] = entry;
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
            var child = (hole << 1) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && heap[child + 1].Precedes(heap[child]))
            {
                child++;
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
}
