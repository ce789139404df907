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

    /// <summary>
    /// Hints that <paramref name="value"/>'s header and fields will be read soon: its first 512 bytes, which
    /// hold the whole of a link or node actor with its statistics inline; null does nothing.
    /// </summary>
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
            Sse.Prefetch0(address + 256);
            Sse.Prefetch0(address + 320);
            Sse.Prefetch0(address + 384);
            Sse.Prefetch0(address + 448);
        }
    }
}
