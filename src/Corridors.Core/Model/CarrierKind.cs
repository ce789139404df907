namespace Corridors.Core.Model;

/// <summary>The kind of vehicle a carrier link uses.</summary>
public enum CarrierKind
{
    /// <summary>A rail or road ferry (Kuryk–Alat, Aktau–Baku).</summary>
    Ferry,

    /// <summary>A cargo vessel or barge.</summary>
    Vessel,

    /// <summary>A block or container train.</summary>
    Train,
}
