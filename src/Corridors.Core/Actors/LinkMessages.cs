namespace Corridors.Core.Actors;

/// <summary>Message kinds a link actor handles.</summary>
internal static class LinkMessages
{
    /// <summary>The run starts.</summary>
    public const int Start = 0;

    /// <summary>A shipment enters: Item = shipment.</summary>
    public const int Enter = 1;

    /// <summary>A departure is due (timetable tick or longest wait): Arg = token (stale tokens are ignored).</summary>
    public const int DepartureDue = 2;

    /// <summary>A vehicle is back from its round trip.</summary>
    public const int VehicleBack = 3;

    /// <summary>Travel finished (timer): Item = head of the chain of shipments that arrive together.</summary>
    public const int TravelDone = 4;
}
