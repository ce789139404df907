namespace Corridors.Kernel.Grains;

/// <summary>A grain threw while handling a message; the message says which grain, which message and when.</summary>
public sealed class GrainFailureException : Exception
{
    /// <summary>Initializes the exception around the grain's own exception.</summary>
    public GrainFailureException(GrainId grain, Message message, double timeHours, Exception inner)
        : base($"grain {grain} failed on message kind {message.Kind} at t = {timeHours:0.###} h: {inner?.Message}", inner)
    {
        Grain = grain;
        TimeHours = timeHours;
    }

    /// <summary>Gets the grain that failed.</summary>
    public GrainId Grain { get; }

    /// <summary>Gets the simulated time of the failure in hours.</summary>
    public double TimeHours { get; }
}
