using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Corridors.Kernel;

/// <summary>
/// Hints to the CPU to start loading memory that is about to be read (issue 16): on a large network the
/// actors, shipments and routes do not fit in cache, and each first touch otherwise stalls an event for a
/// trip to memory. A hint never faults and changes nothing but timing; where the CPU has no such
/// instruction it does nothing.
/// </summary>
public static class CacheHint
{
    /// <summary>Hints that the cache line holding <paramref name="location"/> (an array element, a field) will be read soon.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Prefetch<T>(ref readonly T location)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.AsRef(in location)));
        }
    }

    /// <summary>Hints that the header and first fields of <paramref name="value"/> (its first 256 bytes: an actor's hot fields) will be read soon; null does nothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void PrefetchObject(object? value)
    {
        if (Sse.IsSupported && value is not null)
        {
            var address = (byte*)Unsafe.As<object, nint>(ref value);
            Sse.Prefetch0(address);
            Sse.Prefetch0(address + 64);
            Sse.Prefetch0(address + 128);
            Sse.Prefetch0(address + 192);
        }
    }
}
