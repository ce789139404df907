using Corridors.Core.Model;

namespace Corridors.Scenarios.Binding;

/// <summary>The words scenario files use for the model's enumerations (kebab-case, as in DESIGN.md).</summary>
internal static class Vocabulary
{
    /// <summary>Gets the node kinds.</summary>
    public static IReadOnlyList<(string Word, NodeKind Value)> NodeKinds { get; } =
    [
        ("port", NodeKind.Port),
        ("economic-zone", NodeKind.EconomicZone),
        ("border-trade-center", NodeKind.BorderTradeCenter),
        ("border-crossing", NodeKind.BorderCrossing),
        ("hub", NodeKind.Hub),
        ("city", NodeKind.City),
    ];

    /// <summary>Gets the link modes.</summary>
    public static IReadOnlyList<(string Word, TransportMode Value)> Modes { get; } =
    [
        ("sea", TransportMode.Sea),
        ("rail", TransportMode.Rail),
        ("road", TransportMode.Road),
        ("river", TransportMode.River),
        ("air", TransportMode.Air),
    ];

    /// <summary>Gets the carrier kinds.</summary>
    public static IReadOnlyList<(string Word, CarrierKind Value)> CarrierKinds { get; } =
    [
        ("ferry", CarrierKind.Ferry),
        ("vessel", CarrierKind.Vessel),
        ("train", CarrierKind.Train),
    ];

    /// <summary>Gets the cargo units.</summary>
    public static IReadOnlyList<(string Word, CargoUnit Value)> CargoUnits { get; } = [("t", CargoUnit.Tonne), ("TEU", CargoUnit.Teu)];

    /// <summary>Gets the arrival processes.</summary>
    public static IReadOnlyList<(string Word, ArrivalProcess Value)> Arrivals { get; } =
        [("poisson", ArrivalProcess.Poisson), ("fixed", ArrivalProcess.Fixed)];

    /// <summary>Gets the month names as a table (value 1–12).</summary>
    public static IReadOnlyList<(string Word, int Value)> Months { get; } =
        [.. Loading.ValueReader.Months.Select((m, i) => (m, i + 1))];

    /// <summary>Gets the word of a mode.</summary>
    public static string Word(TransportMode mode) => Modes.First(m => m.Value == mode).Word;
}
