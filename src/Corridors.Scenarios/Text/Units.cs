namespace Corridors.Scenarios.Text;

/// <summary>The units scenario files may use: case-sensitive symbols, each with one meaning.</summary>
internal static class Units
{
    /// <summary>Gets every unit, grouped by dimension, base unit first.</summary>
    public static IReadOnlyList<Unit> All { get; } =
    [
        new("km", Dimension.Length, 1),
        new("nmi", Dimension.Length, 1.852),
        new("km/h", Dimension.Speed, 1),
        new("kn", Dimension.Speed, 1.852),
        new("h", Dimension.Duration, 1),
        new("min", Dimension.Duration, 1.0 / 60),
        new("d", Dimension.Duration, 24),
        new("t", Dimension.Mass, 1),
        new("kt", Dimension.Mass, 1e3),
        new("TEU", Dimension.Teu, 1),
        new("t/yr", Dimension.MassPerYear, 1),
        new("kt/yr", Dimension.MassPerYear, 1e3),
        new("Mt/yr", Dimension.MassPerYear, 1e6),
        new("TEU/yr", Dimension.TeuPerYear, 1),
        new("t/h", Dimension.MassPerHour, 1),
        new("t/d", Dimension.MassPerHour, 1.0 / 24),
        new("t/TEU", Dimension.TonnesPerTeu, 1),
        new("USD/t", Dimension.UsdPerTonne, 1),
        new("USD/TEU", Dimension.UsdPerTeu, 1),
        new("USD/tkm", Dimension.UsdPerTonneKm, 1),
        new("USD/TEUkm", Dimension.UsdPerTeuKm, 1),
        new("kgCO2/tkm", Dimension.Co2PerTonneKm, 1),
        new("gCO2/tkm", Dimension.Co2PerTonneKm, 1e-3),
        new("mm", Dimension.Gauge, 1),
    ];

    /// <summary>Gets the unit with exactly this symbol, or null.</summary>
    public static Unit? Find(string symbol) => All.FirstOrDefault(u => u.Symbol == symbol);

    /// <summary>Describes what a value of <paramref name="dimension"/> looks like: "a length in km or nmi".</summary>
    public static string Describe(Dimension dimension) =>
        dimension == Dimension.None ? Name(dimension) : $"{Name(dimension)} in {Symbols(dimension)}";

    /// <summary>Names what a value of <paramref name="dimension"/> is: "a length".</summary>
    public static string Name(Dimension dimension) => dimension switch
    {
        Dimension.None => "a plain number",
        Dimension.Length => "a length",
        Dimension.Speed => "a speed",
        Dimension.Duration => "a duration",
        Dimension.Mass => "a mass",
        Dimension.Teu => "a number of containers",
        Dimension.MassPerYear => "an annual tonnage",
        Dimension.TeuPerYear => "an annual number of containers",
        Dimension.MassPerHour => "a handling rate",
        Dimension.TonnesPerTeu => "tonnes per TEU",
        Dimension.UsdPerTonne => "a price per tonne",
        Dimension.UsdPerTeu => "a price per TEU",
        Dimension.UsdPerTonneKm => "a price per tonne-km",
        Dimension.UsdPerTeuKm => "a price per TEU-km",
        Dimension.Co2PerTonneKm => "an emission factor",
        Dimension.Gauge => "a rail gauge",
        _ => dimension.ToString(),
    };

    /// <summary>Describes a choice of dimensions: "a mass in t or kt, or a number of containers in TEU".</summary>
    public static string Describe(IReadOnlyList<Dimension> dimensions) =>
        string.Join(", or ", dimensions.Select(Describe));

    private static string Symbols(Dimension dimension)
    {
        var symbols = All.Where(u => u.Dimension == dimension).Select(u => u.Symbol).ToList();
        return symbols.Count == 1 ? symbols[0] : $"{string.Join(", ", symbols[..^1])} or {symbols[^1]}";
    }
}
