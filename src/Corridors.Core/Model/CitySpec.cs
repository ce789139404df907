namespace Corridors.Core.Model;

/// <summary>A market: origin or destination of flows. Shipments pass through a city without handling and cannot change mode there.</summary>
public sealed record CitySpec : NodeSpec
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.City;
}
