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

        // Sift the hole up from the new leaf, then drop the entry into it.
        var hole = _count++;
        while (hole > 0)
        {
            var parent = (hole - 1) >> 1;
            if (!entry.Precedes(_heap[parent]))
            {
                break;
            }

            _heap[hole] = _heap[parent];
            hole = parent;
        }

        _heap[hole] = entry;
    }

    public ScheduledMessage Pop()
    {
        var top = _heap[0];
        var last = _heap[--_count];
        if (_count > 0)
        {
            // Sift the hole down from the root, choosing the earlier child each time.
            var hole = 0;
            while (true)
            {
                var child = (hole << 1) + 1;
                if (child >= _count)
                {
                    break;
                }

                if (child + 1 < _count && _heap[child + 1].Precedes(_heap[child]))
                {
                    child++;
                }

                if (!_heap[child].Precedes(last))
                {
                    break;
                }

                _heap[hole] = _heap[child];
                hole = child;
            }

            _heap[hole] = last;
        }

        _heap[_count] = default;
        return top;
    }

    public void Clear()
    {
        Array.Clear(_heap, 0, _count);
        _count = 0;
    }
}
