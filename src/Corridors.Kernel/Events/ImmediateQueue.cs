using System.Runtime.CompilerServices;
using Corridors.Kernel.Actors;

namespace Corridors.Kernel.Events;

/// <summary>
/// Messages sent with zero delay, in send order. They keep the (time, sequence) order without a
/// heap operation: all of them are due now and were sent after every heap entry that is also due
/// now, so the kernel delivers due heap entries first, then this queue front to back. Entries need
/// neither a time nor a sequence number.
/// </summary>
internal sealed class ImmediateQueue
{
    private Entry[] _ring = new Entry[64];
    private int _head;
    private int _count;

    public int Count => _count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Enqueue(int target, in Message message)
    {
        if (_count == _ring.Length)
        {
            Grow();
        }

        ref var slot = ref _ring[(_head + _count) & (_ring.Length - 1)];
        slot.Target = target;
        slot.Message = message;
        _count++;
    }

    /// <summary>
    /// Removes the front entry, copying its message out: a reference into the ring could be
    /// overwritten by a send made while the message is being handled.
    /// </summary>
    public int Dequeue(out Message message)
    {
        ref var entry = ref _ring[_head];
        message = entry.Message;
        _head = (_head + 1) & (_ring.Length - 1);
        _count--;
        return entry.Target;
    }

    public void Clear()
    {
        _head = 0;
        _count = 0;
    }

    private void Grow()
    {
        var bigger = new Entry[_ring.Length * 2];
        for (var i = 0; i < _count; i++)
        {
            bigger[i] = _ring[(_head + i) & (_ring.Length - 1)];
        }

        _ring = bigger;
        _head = 0;
    }

    /// <summary>A message and its target.</summary>
    internal struct Entry
    {
        public int Target;
        public Message Message;
    }
}
