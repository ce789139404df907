namespace Corridors.Core.Actors;

/// <summary>A FIFO of ints (shipment indices) in a growable ring; no allocation once grown.</summary>
internal sealed class IntQueue
{
    private int[] _ring = new int[16];
    private int _head;

    public int Count { get; private set; }

    public void Enqueue(int value)
    {
        if (Count == _ring.Length)
        {
            var bigger = new int[_ring.Length * 2];
            for (var i = 0; i < Count; i++)
            {
                bigger[i] = _ring[(_head + i) & (_ring.Length - 1)];
            }

            _ring = bigger;
            _head = 0;
        }

        _ring[(_head + Count) & (_ring.Length - 1)] = value;
        Count++;
    }

    public int Peek() => _ring[_head];

    public int Dequeue()
    {
        var value = _ring[_head];
        _head = (_head + 1) & (_ring.Length - 1);
        Count--;
        return value;
    }
}
