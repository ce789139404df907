namespace Corridors.Kernel.Events;

/// <summary>
/// Messages sent with zero delay, in send order. They keep the (time, sequence) order without a
/// heap operation: all of them are due now and were sent after every heap entry that is also due
/// now, so the kernel delivers due heap entries first, then this queue front to back.
/// </summary>
internal sealed class ImmediateQueue
{
    private ScheduledMessage[] _ring = new ScheduledMessage[64];
    private int _head;
    private int _count;

    public int Count => _count;

    public void Enqueue(double time, long sequence, int target, in Grains.Message message)
    {
        if (_count == _ring.Length)
        {
            Grow();
        }

        _ring[(_head + _count) & (_ring.Length - 1)] = new ScheduledMessage(time, sequence, target, message);
        _count++;
    }

    public ScheduledMessage Dequeue()
    {
        var entry = _ring[_head];
        _ring[_head] = default;
        _head = (_head + 1) & (_ring.Length - 1);
        _count--;
        return entry;
    }

    public void Clear()
    {
        Array.Clear(_ring);
        _head = 0;
        _count = 0;
    }

    private void Grow()
    {
        var bigger = new ScheduledMessage[_ring.Length * 2];
        for (var i = 0; i < _count; i++)
        {
            bigger[i] = _ring[(_head + i) & (_ring.Length - 1)];
        }

        _ring = bigger;
        _head = 0;
    }
}
