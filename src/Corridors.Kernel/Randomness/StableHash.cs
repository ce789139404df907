namespace Corridors.Kernel.Randomness;

/// <summary>
/// A 64-bit hash that is the same on every machine, process and .NET version (unlike
/// <see cref="string.GetHashCode()"/>, which is randomized per process): FNV-1a over the fields,
/// each prefixed by its length so ("ab","c") and ("a","bc") differ, finished by the SplitMix64 mixer.
/// </summary>
public static class StableHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>Hashes a seed, a replication number and a list of text fields.</summary>
    public static ulong Of(ulong seed, long replication, params ReadOnlySpan<string> fields)
    {
        var h = FnvOffset;
        h = Mix(h, seed);
        h = Mix(h, (ulong)replication);
        foreach (var field in fields)
        {
            h = Mix(h, (ulong)field.Length);
            foreach (var c in field)
            {
                h = (h ^ (c & 0xFFu)) * FnvPrime;
                h = (h ^ (uint)(c >> 8)) * FnvPrime;
            }
        }

        return SplitMix64.Finalize(h);
    }

    private static ulong Mix(ulong h, ulong value)
    {
        for (var i = 0; i < 8; i++)
        {
            h = (h ^ (value & 0xFF)) * FnvPrime;
            value >>= 8;
        }

        return h;
    }
}
