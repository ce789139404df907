namespace Corridors.Kernel.Actors;

/// <summary>An actor id or address was used that no one registered.</summary>
public sealed class UnknownActorException : KeyNotFoundException
{
    /// <summary>Initializes the exception with a message that names the actor.</summary>
    public UnknownActorException(string message)
        : base(message)
    {
    }
}
