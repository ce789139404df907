namespace Corridors.Core.Model;

/// <summary>
/// A place where goods wait or are handled. The kind-specific parameters live in the subclasses
/// (<see cref="PortSpec"/>, <see cref="HubSpec"/> …); what is common lives here.
/// </summary>
public abstract record NodeSpec
{
    /// <summary>Gets the unique id (ids of nodes and links share one namespace): <c>aktau</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the display name: <c>Port of Aktau</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the position, used for derived distances and routing lower bounds.</summary>
    public required GeoPoint Location { get; init; }

    /// <summary>Gets the link modes that may start or end here; see <see cref="NodeModes.Default"/> for each kind's default.</summary>
    public required IReadOnlyList<TransportMode> Modes { get; init; }

    /// <summary>Gets the storage capacity in tonnes (&gt; 0): when full, arrivals wait upstream (blocked). Null is unlimited.</summary>
    public double? StorageCapacityTonnes { get; init; }

    /// <summary>Gets the nameplate throughput in tonnes per year (&gt; 0), for corridor capacity; null is unconstrained.</summary>
    public double? CapacityTonnesPerYear { get; init; }

    /// <summary>Gets the cost in USD per tonne of changing mode here (≥ 0), for routing.</summary>
    public double TransshipmentUsdPerTonne { get; init; }

    /// <summary>Gets the kind.</summary>
    public abstract NodeKind Kind { get; }
}
