namespace Corridors.Core.Shipments;

/// <summary>
/// All shipments of one replication, as rows in one array reused through a free list, so creating
/// and delivering shipments allocates nothing once the table has grown to the peak number in the system.
/// </summary>
internal sealed class ShipmentTable
{
    private Shipment[] _rows = new Shipment[256];
    private int[] _free = new int[256];
    private int _freeCount;
    private int _used;

    /// <summary>Gets the number of live shipments.</summary>
    public int Live { get; private set; }

    /// <summary>Gets the number created since the start of the run.</summary>
    public long Created { get; private set; }

    /// <summary>Gets the number delivered since the start of the run.</summary>
    public long Delivered { get; private set; }

    /// <summary>Gets the number of rows in use or freed so far: every live shipment's index is below it.</summary>
    public int Used => _used;

    /// <summary>Gets a row by reference.</summary>
    public ref Shipment this[int index] => ref _rows[index];

    /// <summary>Allocates a row for a new shipment and returns its index.</summary>
    public int Create()
    {
        int index;
        if (_freeCount > 0)
        {
            index = _free[--_freeCount];
        }
        else
        {
            if (_used == _rows.Length)
            {
                Array.Resize(ref _rows, _rows.Length * 2);
            }

            index = _used++;
        }

        _rows[index] = new Shipment { Next = -1 };
        Live++;
        Created++;
        return index;
    }

    /// <summary>Frees the row of a delivered shipment.</summary>
    public void Deliver(int index)
    {
        _rows[index].Place = ShipmentPlace.Free;
        if (_freeCount == _free.Length)
        {
            Array.Resize(ref _free, _free.Length * 2);
        }

        _free[_freeCount++] = index;
        Live--;
        Delivered++;
    }

    /// <summary>Counts live shipments by place, from the rows themselves (for the conservation check).</summary>
    public (int AtNodes, int OnLinks) CountByPlace()
    {
        var atNodes = 0;
        var onLinks = 0;
        for (var i = 0; i < _used; i++)
        {
            switch (_rows[i].Place)
            {
                case ShipmentPlace.AtNode:
                    atNodes++;
                    break;
                case ShipmentPlace.OnLink:
                    onLinks++;
                    break;
            }
        }

        return (atNodes, onLinks);
    }
}
