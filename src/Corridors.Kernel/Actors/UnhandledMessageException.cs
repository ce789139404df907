namespace Corridors.Kernel.Actors;

/// <summary>An actor received a message kind it does not handle: a wiring error in the model.</summary>
public sealed class UnhandledMessageException : InvalidOperationException
{
    /// <summary>Initializes the exception for actor <paramref name="actor"/> and message kind <paramref name="kind"/>.</summary>
    public UnhandledMessageException(ActorId actor, int kind)
        : base($"actor {actor} does not handle message kind {kind}")
    {
        Actor = actor;
        Kind = kind;
    }

    /// <summary>Gets the actor that received the message.</summary>
    public ActorId Actor { get; }

    /// <summary>Gets the unhandled message kind.</summary>
    public int Kind { get; }
}
