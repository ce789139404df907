namespace Corridors.Core.Actors;

/// <summary>Message kinds that change a facility's capacity; shared by node and link actors (range 100+).</summary>
internal static class CapacityMessages
{
    /// <summary>A closure or reduction starts: Arg = disruption index, Value = factor.</summary>
    public const int ReductionStarts = 100;

    /// <summary>A closure or reduction ends: Arg = disruption index.</summary>
    public const int ReductionEnds = 101;

    /// <summary>A permanent capacity change: Value = factor.</summary>
    public const int PermanentChange = 102;

    /// <summary>A storm process's next fair spell ends: Arg = disruption index.</summary>
    public const int StormStarts = 103;

    /// <summary>Gets whether <paramref name="kind"/> is a capacity message.</summary>
    public static bool Is(int kind) => kind is >= 100 and < 110;
}
