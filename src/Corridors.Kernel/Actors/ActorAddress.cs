namespace Corridors.Kernel.Actors;

/// <summary>
/// A resolved reference to a registered actor: what messages are addressed to. Resolving a
/// <see cref="ActorId"/> once and keeping the address keeps dictionary look-ups out of the hot path.
/// </summary>
/// <param name="Index">The actor's slot in its simulation's directory (0-based, registration order).</param>
public readonly record struct ActorAddress(int Index)
{
    /// <summary>Gets an address that refers to no actor; sending to it throws.</summary>
    public static ActorAddress None => new(-1);

    /// <summary>Gets whether this address refers to an actor.</summary>
    public bool IsNone => Index < 0;
}
