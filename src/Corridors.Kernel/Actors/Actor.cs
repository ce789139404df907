namespace Corridors.Kernel.Actors;

/// <summary>
/// A simulated actor with Orleans' semantics: an identity, activation on its first message,
/// private state, and one message at a time (a turn). Actors talk to each other only through
/// <see cref="Send"/>; the kernel delivers every message at a simulated time.
/// </summary>
/// <remarks>
/// Life of an actor: registered (an id and a factory) → activated when the first message for it is
/// delivered (constructor, then <see cref="OnActivate"/>) → receives messages, each in its own turn,
/// in (time, send order) → the run ends at the horizon. Actors are never deactivated inside a run.
/// </remarks>
public abstract class Actor
{
    /// <summary>Initializes an actor from its activation record.</summary>
    protected Actor(ActorActivation activation)
    {
        ArgumentNullException.ThrowIfNull(activation);
        Id = activation.Id;
        Address = activation.Address;
        Simulation = activation.Simulation;
    }

    /// <summary>Gets the actor's identity.</summary>
    public ActorId Id { get; }

    /// <summary>Gets the actor's own address.</summary>
    public ActorAddress Address { get; }

    /// <summary>Gets the simulation that owns the clock and delivers messages.</summary>
    protected Simulation Simulation { get; }

    /// <summary>Gets the current simulated time in hours.</summary>
    protected double Now => Simulation.Now;

    /// <summary>Sends <paramref name="message"/> to <paramref name="to"/>, delivered after <paramref name="delayHours"/>.</summary>
    protected void Send(ActorAddress to, in Message message, double delayHours = 0) =>
        Simulation.Send(to, message, delayHours);

    /// <summary>Sends <paramref name="message"/> to this actor after <paramref name="delayHours"/> (a timer).</summary>
    protected void SendSelf(in Message message, double delayHours) => Simulation.Send(Address, message, delayHours);

    /// <summary>Called once, at the first message, before that message is received.</summary>
    protected internal virtual void OnActivate()
    {
    }

    /// <summary>The number of <see cref="Prefetch"/> stages: stage 0 four timed deliveries ahead, … stage 3 one.</summary>
    public const int PrefetchStages = 4;

    /// <summary>
    /// Called a few deliveries before a timed <paramref name="message"/> reaches this actor, once per
    /// <paramref name="stage"/> and one delivery apart, so that it can hint the CPU to load what
    /// <see cref="Receive"/> will read (<see cref="CacheHint"/>): the kernel knows which actor comes next,
    /// only the actor knows what it reads. A stage may read what the stage before hinted (it has arrived by
    /// then) to reach what lies behind it. Must change nothing; a stage may be skipped or repeated (a message
    /// sent in the meantime may come first). The actor's own object is hinted before stage 0.
    /// </summary>
    protected internal virtual void Prefetch(in Message message, int stage)
    {
    }

    /// <summary>Handles one message; the kernel never calls this re-entrantly.</summary>
    protected internal abstract void Receive(in Message message);

    /// <summary>Builds the exception for a message kind this actor does not handle.</summary>
    protected UnhandledMessageException Unhandled(in Message message) => new(Id, message.Kind);
}
