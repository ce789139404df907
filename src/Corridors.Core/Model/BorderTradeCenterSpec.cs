using Corridors.Kernel.Distributions;

namespace Corridors.Core.Model;

/// <summary>
/// A border trade center: shipments are consolidated per next leg, cleared by customs lanes as one
/// batch, and may dwell (bonded storage, trade fair) before they move on.
/// </summary>
public sealed record BorderTradeCenterSpec : NodeSpec
{
    /// <summary>Gets the customs lanes; a consolidated batch is one clearance.</summary>
    public required ServiceSpec Customs { get; init; }

    /// <summary>Gets the consolidation rule, or null to clear each shipment on its own.</summary>
    public ConsolidationSpec? Consolidation { get; init; }

    /// <summary>Gets the dwell after clearance in hours (no queue), or null for none.</summary>
    public Distribution? DwellHours { get; init; }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.BorderTradeCenter;
}
