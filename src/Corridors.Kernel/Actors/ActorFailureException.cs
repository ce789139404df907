namespace Corridors.Kernel.Actors;

/// <summary>An actor threw while handling a message; the message says which actor, which message and when.</summary>
public sealed class ActorFailureException : Exception
{
    /// <summary>Initializes the exception around the actor's own exception.</summary>
    public ActorFailureException(ActorId actor, Message message, double timeHours, Exception inner)
        : base($"actor {actor} failed on message kind {message.Kind} at t = {timeHours:0.###} h: {inner?.Message}", inner)
    {
        Actor = actor;
        TimeHours = timeHours;
    }

    /// <summary>Gets the actor that failed.</summary>
    public ActorId Actor { get; }

    /// <summary>Gets the simulated time of the failure in hours.</summary>
    public double TimeHours { get; }
}
