namespace Corridors.Core.Model;

/// <summary>The mode of a link.</summary>
public enum TransportMode
{
    /// <summary>Sea: ferries and vessels across the Caspian and beyond.</summary>
    Sea,

    /// <summary>Rail.</summary>
    Rail,

    /// <summary>Road: trucks, each travelling alone unless the link has a carrier.</summary>
    Road,

    /// <summary>River: the Volga, the Irtysh.</summary>
    River,

    /// <summary>Air.</summary>
    Air,
}
