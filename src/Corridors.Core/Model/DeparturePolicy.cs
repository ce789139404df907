namespace Corridors.Core.Model;

/// <summary>When a carrier departs.</summary>
public abstract record DeparturePolicy;

/// <summary>Departures every <paramref name="HeadwayHours"/>, the first at <paramref name="OffsetHours"/>; a departure leaves even if empty.</summary>
/// <param name="HeadwayHours">Time between departures (&gt; 0).</param>
/// <param name="OffsetHours">Time of the first departure (≥ 0).</param>
public sealed record TimetableDeparture(double HeadwayHours, double OffsetHours = 0) : DeparturePolicy;

/// <summary>A departure leaves as soon as it is full, or when its first shipment has waited <paramref name="MaxWaitHours"/>.</summary>
/// <param name="MaxWaitHours">Longest wait of the first shipment aboard (&gt; 0); +∞ means wait until full.</param>
public sealed record WhenFullDeparture(double MaxWaitHours) : DeparturePolicy;
