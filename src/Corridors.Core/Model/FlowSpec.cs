using Corridors.Kernel.Distributions;

namespace Corridors.Core.Model;

/// <summary>Demand: goods of one commodity from an origin to a destination, created as shipments.</summary>
public sealed record FlowSpec
{
    /// <summary>Gets the unique id of the flow (<c>atyrau-astrakhan-polymers</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the origin node id.</summary>
    public required string Origin { get; init; }

    /// <summary>Gets the destination node id.</summary>
    public required string Destination { get; init; }

    /// <summary>Gets the commodity id.</summary>
    public required string Commodity { get; init; }

    /// <summary>Gets the annual volume in the commodity's unit (&gt; 0).</summary>
    public required double VolumePerYear { get; init; }

    /// <summary>Gets the shipment size in the commodity's unit (all draws &gt; 0 in practice).</summary>
    public required Distribution ShipmentSize { get; init; }

    /// <summary>Gets how shipments arrive in time.</summary>
    public ArrivalProcess Arrival { get; init; } = ArrivalProcess.Poisson;

    /// <summary>
    /// Gets 12 relative weights for January … December (≥ 0, not all 0), normalised to mean 1 so the
    /// annual volume stays <see cref="VolumePerYear"/>; null is flat.
    /// </summary>
    public IReadOnlyList<double>? MonthlyFactors { get; init; }
}
