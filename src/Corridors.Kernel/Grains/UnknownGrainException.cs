namespace Corridors.Kernel.Grains;

/// <summary>A grain id or address was used that no one registered.</summary>
public sealed class UnknownGrainException : KeyNotFoundException
{
    /// <summary>Initializes the exception with a message that names the grain.</summary>
    public UnknownGrainException(string message)
        : base(message)
    {
    }
}
