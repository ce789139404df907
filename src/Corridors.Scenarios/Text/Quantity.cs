namespace Corridors.Scenarios.Text;

/// <summary>A parsed quantity in the base unit of its dimension (km, h, t …).</summary>
internal readonly record struct Quantity(double Value, Dimension Dimension);
