namespace Corridors.Core.Model;

/// <summary>The unit a commodity is counted in.</summary>
public enum CargoUnit
{
    /// <summary>Metric tonnes (bulk, break-bulk, wagons).</summary>
    Tonne,

    /// <summary>Twenty-foot equivalent units (containers); converted to tonnes by the commodity's tonnes per TEU.</summary>
    Teu,
}
