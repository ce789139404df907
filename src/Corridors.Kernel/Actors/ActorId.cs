namespace Corridors.Kernel.Actors;

/// <summary>
/// The identity of an actor: a type name and a key from the domain, written <c>type/key</c>
/// (<c>port/aktau</c>, <c>link/aktau-baku-ferry</c>). As in Orleans, identity is independent of
/// whether the actor is active; the kernel activates it on its first message.
/// </summary>
/// <param name="Type">The actor type, lower-case (<c>port</c>, <c>link</c>, <c>economic-zone</c>).</param>
/// <param name="Key">The key within the type, unique per type (<c>aktau</c>).</param>
public readonly record struct ActorId(string Type, string Key)
{
    /// <summary>Parses <c>type/key</c>; the key may itself contain '/'.</summary>
    /// <exception cref="FormatException">The text has no '/' or an empty part.</exception>
    public static ActorId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == text.Length - 1)
        {
            throw new FormatException($"actor id '{text}' is not of the form type/key (for example port/aktau)");
        }

        return new ActorId(text[..slash], text[(slash + 1)..]);
    }

    /// <summary>Returns <c>type/key</c>.</summary>
    public override string ToString() => $"{Type}/{Key}";
}
