namespace Corridors.Core.Model;

/// <summary>Shipments bound for the same next leg are held until together they reach a target or the oldest has waited long enough.</summary>
/// <param name="TargetTonnes">Release a batch once it holds this many tonnes (&gt; 0).</param>
/// <param name="MaxHoldHours">Release a batch once its first shipment has waited this long (&gt; 0).</param>
public sealed record ConsolidationSpec(double TargetTonnes, double MaxHoldHours);
