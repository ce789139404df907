namespace Corridors.Kernel.Grains;

/// <summary>
/// A resolved reference to a registered grain: what messages are addressed to. Resolving a
/// <see cref="GrainId"/> once and keeping the address keeps dictionary look-ups out of the hot path.
/// </summary>
/// <param name="Index">The grain's slot in its simulation's directory (0-based, registration order).</param>
public readonly record struct GrainAddress(int Index)
{
    /// <summary>Gets an address that refers to no grain; sending to it throws.</summary>
    public static GrainAddress None => new(-1);

    /// <summary>Gets whether this address refers to a grain.</summary>
    public bool IsNone => Index < 0;
}
