using Corridors.Kernel.Actors;

namespace Corridors.Kernel.Randomness;

/// <summary>
/// The random streams of one replication. Each (actor, purpose) pair gets its own generator whose
/// seed is a stable hash of (scenario seed, replication, actor type, actor key, purpose) — never
/// the order in which actors were created — so adding, removing or changing one facility leaves
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

    /// <summary>Returns a new generator for <paramref name="actor"/>'s <paramref name="purpose"/> (for example "arrivals", "handling").</summary>
    public Xoshiro256StarStar For(ActorId actor, string purpose)
    {
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        return new Xoshiro256StarStar(StableHash.Of(Seed, Replication, actor.Type, actor.Key, purpose));
    }
}
