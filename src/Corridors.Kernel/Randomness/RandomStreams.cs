using Corridors.Kernel.Grains;

namespace Corridors.Kernel.Randomness;

/// <summary>
/// The random streams of one replication. Each (grain, purpose) pair gets its own generator whose
/// seed is a stable hash of (scenario seed, replication, grain type, grain key, purpose) — never
/// the order in which grains were created — so adding, removing or changing one facility leaves
/// every other facility's random numbers untouched (common random numbers across scenarios).
/// </summary>
public sealed class RandomStreams
{
    /// <summary>Initializes the streams of replication <paramref name="replication"/> of a scenario seeded with <paramref name="seed"/>.</summary>
    public RandomStreams(ulong seed, int replication)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(replication);
        Seed = seed;
        Replication = replication;
    }

    /// <summary>Gets the scenario seed.</summary>
    public ulong Seed { get; }

    /// <summary>Gets the replication number (0-based).</summary>
    public int Replication { get; }

    /// <summary>Returns a new generator for <paramref name="grain"/>'s <paramref name="purpose"/> (for example "arrivals", "handling").</summary>
    public Xoshiro256StarStar For(GrainId grain, string purpose)
    {
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        return new Xoshiro256StarStar(StableHash.Of(Seed, Replication, grain.Type, grain.Key, purpose));
    }
}
