using Corridors.Core.Model;

namespace Corridors.Core.Routing.Network;

/// <summary>
/// One layer of a node in the expanded network: a mode, and for rail the gauge when the link states one
/// (a rail link without a gauge is its own layer, which joins either gauge without a gauge change).
/// </summary>
/// <param name="Mode">The mode.</param>
/// <param name="GaugeMm">The rail gauge in mm, or null.</param>
internal readonly record struct ModeLayer(TransportMode Mode, int? GaugeMm)
{
    /// <summary>Gets the layer a link runs in.</summary>
    public static ModeLayer Of(LinkSpec link) => new(link.Mode, link.Mode == TransportMode.Rail ? link.GaugeMm : null);
}
