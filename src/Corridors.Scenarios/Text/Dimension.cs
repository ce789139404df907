namespace Corridors.Scenarios.Text;

/// <summary>What a quantity measures; each has one base unit the model uses (in brackets).</summary>
internal enum Dimension
{
    /// <summary>A plain number, no unit.</summary>
    None,

    /// <summary>Distance [km].</summary>
    Length,

    /// <summary>Speed [km/h].</summary>
    Speed,

    /// <summary>Duration [h].</summary>
    Duration,

    /// <summary>Mass [t].</summary>
    Mass,

    /// <summary>Containers [TEU].</summary>
    Teu,

    /// <summary>Annual mass [t/yr].</summary>
    MassPerYear,

    /// <summary>Annual containers [TEU/yr].</summary>
    TeuPerYear,

    /// <summary>Handling rate [t/h].</summary>
    MassPerHour,

    /// <summary>Tonnes in one TEU [t/TEU].</summary>
    TonnesPerTeu,

    /// <summary>Price per tonne [USD/t].</summary>
    UsdPerTonne,

    /// <summary>Price per TEU [USD/TEU].</summary>
    UsdPerTeu,

    /// <summary>Price per tonne-km [USD/tkm].</summary>
    UsdPerTonneKm,

    /// <summary>Price per TEU-km [USD/TEUkm].</summary>
    UsdPerTeuKm,

    /// <summary>Emissions per tonne-km [kgCO2/tkm].</summary>
    Co2PerTonneKm,

    /// <summary>Rail gauge [mm].</summary>
    Gauge,
}
