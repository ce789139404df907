using System.Runtime.CompilerServices;
using Corridors.Kernel.Actors;

namespace Corridors.Kernel.Events;

/// <summary>
/// The future-event list: a 4-ary min-heap of <see cref="EventKey"/> ordered by (time, send order),
/// each key pointing at its message's slot in a table of <see cref="ScheduledMessage"/>, and in front of
/// the heap a window of the next <see cref="Window"/> keys, already in order. Everything is structs in
/// arrays, moved by hole-sifting, and slots are reused last-freed first, so scheduling allocates nothing
/// once the arrays have grown to the run's high-water mark.
/// </summary>
/// <remarks>
/// Why this layout (issue 16): on a large network the list holds tens of thousands of entries and no
/// longer fits in cache. Four children per entry halve the depth of a binary heap, and with 16-byte keys
/// the four children take 64 bytes (one or two cache lines), where 40-byte entries took three or four.
/// The window tells the kernel which messages come next, several deliveries ahead, so it can ask the
/// CPU to load what they will touch while earlier ones are handled (<see cref="SlotAhead"/>).
/// The order is strict (no two entries share a send order), so any such structure pops the same sequence.
/// Invariants: every window key precedes every heap key; the window is full whenever the heap is not empty.
/// </remarks>
internal sealed class EventQueue
{
    /// <summary>The most messages the list can hold at once: a slot must fit the key's slot bits.</summary>
    public const int MaxPending = 1 << EventKey.SlotBits;

    /// <summary>How many of the earliest keys are kept in order in front of the heap.</summary>
    public const int Window = 8;

    private const int WindowMask = Window - 1;

    private readonly EventKey[] _window = new EventKey[Window];
    private int _windowHead;
    private int _windowCount;
    private EventKey[] _heap = new EventKey[64];
    private ScheduledMessage[] _messages = new ScheduledMessage[64];
    private int[] _freeSlots = new int[64];
    private int _freeCount;
    private int _heapCount;

    public int Count => _windowCount + _heapCount;

    /// <summary>Gets the time of the earliest entry; only when <see cref="Count"/> &gt; 0.</summary>
    public double PeekTime => _window[_windowHead].Time;

    /// <summary>
    /// Gets the slot of the entry <paramref name="position"/> places after the earliest (0 is the earliest),
    /// or -1 when fewer are pending; <paramref name="position"/> &lt; <see cref="Window"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int SlotAhead(int position) =>
        position < _windowCount ? _window[(_windowHead + position) & WindowMask].Slot : -1;

    /// <summary>Gets the message in <paramref name="slot"/> (from <see cref="SlotAhead"/>), in place.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly ScheduledMessage At(int slot) => ref _messages[slot];

    /// <summary>
    /// Adds a message. <paramref name="sequence"/> must exceed that of every entry already here (the
    /// simulation's send counter guarantees it), so an equal time never lets the new entry pass an old one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(double time, ulong sequence, int target, in Message message)
    {
        var slot = _freeCount > 0 ? _freeSlots[--_freeCount] : Count;
        if (slot == _messages.Length)
        {
            Grow();
        }

        // Written field by field: copying a whole struct from a parameter goes through a stack temporary.
        ref var row = ref _messages[slot];
        row.Target = target;
        row.Message = message;

        var key = new EventKey { Time = time, Order = (sequence << EventKey.SlotBits) | (uint)slot };
        if (_windowCount < Window)
        {
            // The heap is empty (invariant), so the window takes it.
            InsertInWindow(key);
            return;
        }

        ref var last = ref _window[(_windowHead + Window - 1) & WindowMask];
        if (time < last.Time)
        {
            // Due before the window's last (an equal time goes after it: it was sent later): the last
            // moves to the heap, where it precedes everything, and this key takes its place in order.
            var evicted = last;
            _windowCount--;
            HeapPush(evicted, first: true);
            InsertInWindow(key);
            return;
        }

        HeapPush(key, first: false);
    }

    /// <summary>Removes the earliest entry into <paramref name="message"/> and returns its target; only when <see cref="Count"/> &gt; 0.</summary>
    public int Dequeue(out Message message)
    {
        var slot = _window[_windowHead].Slot;
        ref readonly var row = ref _messages[slot];
        message = row.Message;
        var target = row.Target;
        _freeSlots[_freeCount++] = slot;
        _windowHead = (_windowHead + 1) & WindowMask;
        _windowCount--;
        if (_heapCount > 0)
        {
            // The heap's earliest follows the window's last: the window stays full.
            _window[(_windowHead + _windowCount) & WindowMask] = _heap[0];
            _windowCount++;
            RemoveTop();
        }

        return target;
    }

    // Puts a key into the window in order, from the back (new keys are mostly the latest); the window has room.
    private void InsertInWindow(EventKey key)
    {
        var position = _windowCount;
        while (position > 0)
        {
            ref var before = ref _window[(_windowHead + position - 1) & WindowMask];
            if (!key.Precedes(before))
            {
                break;
            }

            _window[(_windowHead + position) & WindowMask] = before;
            position--;
        }

        _window[(_windowHead + position) & WindowMask] = key;
        _windowCount++;
    }

    // Sifts a key up from a new leaf. A new message's send order exceeds every other's, so an equal time
    // stops it and comparing times is enough; a key evicted from the window (first) precedes every heap key.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void HeapPush(EventKey key, bool first)
    {
        var heap = _heap;
        var hole = _heapCount++;
        while (hole > 0)
        {
            var parent = (hole - 1) >> 2;
            if (!first && heap[parent].Time <= key.Time)
            {
                break;
            }

            heap[hole] = heap[parent];
            hole = parent;
        }

        heap[hole] = key;
    }

    // Sifts the hole down from the root, choosing the earliest of up to four children each time, then drops the last key in.
    private void RemoveTop()
    {
        var heap = _heap;
        var count = --_heapCount;
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
