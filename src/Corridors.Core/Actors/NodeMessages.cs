namespace Corridors.Core.Actors;

/// <summary>Message kinds a node actor handles.</summary>
internal static class NodeMessages
{
    /// <summary>The run starts.</summary>
    public const int Start = 0;

    /// <summary>A chain of shipments arrives: Item = chain head.</summary>
    public const int Arrive = 1;

    /// <summary>Stored tonnes left on a carrier: Value = tonnes.</summary>
    public const int Released = 2;

    /// <summary>A service finished (timer): Item = job, Arg = station.</summary>
    public const int ServiceDone = 3;

    /// <summary>A dwell finished (timer): Item = shipment.</summary>
    public const int DwellDone = 4;

    /// <summary>A consolidation lot reached its longest hold (timer): Arg = lot, Value = lot generation.</summary>
    public const int HoldExpired = 5;

    /// <summary>A flow's next shipment is due (timer): Arg = local generator.</summary>
    public const int Generate = 6;
}
