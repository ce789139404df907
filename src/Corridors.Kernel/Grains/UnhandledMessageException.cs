namespace Corridors.Kernel.Grains;

/// <summary>A grain received a message kind it does not handle: a wiring error in the model.</summary>
public sealed class UnhandledMessageException : InvalidOperationException
{
    /// <summary>Initializes the exception for grain <paramref name="grain"/> and message kind <paramref name="kind"/>.</summary>
    public UnhandledMessageException(GrainId grain, int kind)
        : base($"grain {grain} does not handle message kind {kind}")
    {
        Grain = grain;
        Kind = kind;
    }

    /// <summary>Gets the grain that received the message.</summary>
    public GrainId Grain { get; }

    /// <summary>Gets the unhandled message kind.</summary>
    public int Kind { get; }
}
