namespace Corridors.Kernel.Randomness;

/// <summary>
/// Steele, Lea and Flood's SplitMix64 (2014): a tiny generator used here only to spread one 64-bit
/// seed into the four words of a xoshiro state, and its output function as a strong bit mixer.
/// </summary>
internal static class SplitMix64
{
    /// <summary>Advances <paramref name="state"/> and returns the next output.</summary>
    public static ulong Next(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Finalize(state);
    }

    /// <summary>The output mixer: every input bit affects every output bit.</summary>
    public static ulong Finalize(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
